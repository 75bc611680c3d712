"""A made thing joined to the body a first object is "for" is the launch's second payload, not a party ("carrying
the Vela satellites for CNES and the Orsa satellite built for X": extract/purposed_conjuncts.py), and the "for"
phrase is the first object's alone; one after the last of a list is the list's, and a craft with its own takes no
other (rules/launch_customers.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_second_payload_after_a_for_phrase(read):
    got = triples(read("A Tarvek-3 rocket lifted off on 9 March carrying the Vela satellites for CNES and the Orsa "
                       "satellite built for the Orvik Space Agency.", date=_DAY))
    launches = {s for s, p, o in got if p == "participant" and o == "Vela"}
    assert launches and any((s, "participant", "Orsa") in got for s in launches), got
    assert ("Vela", "operatedBy", "CNES") in got and ("Orsa", "operatedBy", "CNES") not in got, got


def test_two_payloads_for_one_body(read):
    got = triples(read("The Tarvek-3 rocket launched the Vela satellite and the Orsa satellite for CNES on 3 May.",
                       date=_DAY))
    assert {("Vela", "operatedBy", "CNES"), ("Orsa", "operatedBy", "CNES")} <= got, got


def test_each_payload_for_its_own_body(read):
    got = triples(read("The Tarvek-3 rocket launched the Vela satellite for CNES and the Orsa satellite for ESA on "
                       "5 May.", date=_DAY))
    assert {("Vela", "operatedBy", "CNES"), ("Orsa", "operatedBy", "ESA")} <= got, got
    assert ("Vela", "operatedBy", "ESA") not in got and ("Orsa", "operatedBy", "CNES") not in got, got
