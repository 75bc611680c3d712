"""A body that extends, ends or switches off a mission or craft runs it: "CNES has extended the Aldora mission",
"JAXA decommissioned the Sela satellite", "the Aldora mission was extended by CNES" (lexicon LIFECYCLE_VERBS,
rules/lifecycle.py frame:lifecycle-operator). People who do it name no operator; an agreement extended is no
craft. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, org", [
    ("CNES has extended the Aldora mission until the end of 2029.", "Aldora", "CNES"),
    ("ESA has extended the operations of the Vela satellite until 2028.", "Vela", "ESA"),
    ("NASA ended the Kelva mission on 30 September.", "Kelva", "NASA"),
    ("JAXA decommissioned the Sela satellite in 2025.", "Sela", "JAXA"),
    ("ISRO switched off the Tara satellite after 14 years in orbit.", "Tara", "ISRO"),
    ("The Aldora mission was extended by CNES until 2029.", "Aldora", "CNES"),
    ("The Norvian Space Agency will terminate the Kelva mission next year.", "Kelva", "Norvian Space Agency"),
    ("The Kestrel mission was extended twice by ESA's Science Programme Committee.", "Kestrel", "ESA"),
    ("ESA's Science Programme Committee extended the Kestrel mission until 2029.", "Kestrel", "ESA"),
])
def test_who_extends_or_ends_a_mission_operates_it(read, text, craft, org):
    assert (craft, "operatedBy", org) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Controllers switched off the Tara satellite on 3 May.",
    "Elena Varga extended the Kelva mission plan.",
    "ESA extended its contract with OHB for the Vela satellite.",
    "The Vela satellite extended its boom in orbit.",
])
def test_no_body_or_no_craft_no_operator(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for _, p, _ in got), got


def test_a_body_of_an_agency_decides_for_the_agency(read):
    got = triples(read("The Kestrel mission was extended twice by ESA's Science Programme Committee."))
    assert ("Kestrel", "operatedBy", "Science Programme Committee") not in got, got
