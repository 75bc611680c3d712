"""A flight flown to test a craft or launcher ("test flight", lexicon OCCURRENCE_NOUNS and HEAD_CLASSES, read by
flights.occurrence_class as two words) is an occurrence with its doer and date, not a mission. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_conducted_test_flight_is_an_event(read):
    x = read("The Orvik Space Agency conducted the second test flight of its Kestrel programme on 11 March.",
             date=_DAY)
    flights = [e for e in x.entities.values() if "test flight" in e.label]
    assert flights and "Mission" not in flights[0].classes, [(e.label, e.classes) for e in flights]
    assert any(p == "participant" and o == "Orvik Space Agency" for s, p, o in triples(x)
               if s.startswith(flights[0].label)), triples(x)
    assert {d.value for d in x.dates if d.subject == flights[0].key} == {"2026-03-11"}


def test_test_flight_took_place_in_a_town(read):
    got = triples(read("The first test flight of the Vela crew capsule took place in Kourou in 2025.", date=_DAY))
    assert any("test flight" in s and p == "locatedIn" and o == "Kourou" for s, p, o in got), got
