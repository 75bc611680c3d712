"""A body's class noun set beside an organization, with "in" a country, says the organization's country:
"Nubiacom, a telecommunications provider in Kenya", "Orbix is a start-up in Portugal" (rules/seats.py
dep:body-noun-in-country), as "a company based in Kenya" already did. A partner "in the mission", a leader "in
Europe" (no state), or a craft "in Kenya" give none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body, country", [
    ("The contract went to Nubiacom, a telecommunications provider in Kenya.", "Nubiacom", "Kenya"),
    ("Orbix is a start-up in Portugal.", "Orbix", "Portugal"),
    ("The satellite will serve Nubiacom, an operator in Kenya, and Selcom, a company in Ghana.", "Nubiacom", "Kenya"),
    ("The satellite will serve Nubiacom, an operator in Kenya, and Selcom, a company in Ghana.", "Selcom", "Ghana"),
])
def test_a_body_noun_in_a_country_gives_the_country(read, text, body, country):
    got = triples(read(text))
    assert (body, "country", country) in got, got


def test_each_body_keeps_its_own_country(read):
    got = triples(read("The satellite will serve Nubiacom, an operator in Kenya, and Selcom, a company in Ghana."))
    assert ("Selcom", "country", "Kenya") not in got and ("Nubiacom", "country", "Ghana") not in got, got


@pytest.mark.parametrize("text", [
    "ESA, a partner in the mission, signed the agreement.",
    "Orbix, a leading company in Europe, signed the contract.",
    "Orbix, a satellite in Kenya, was launched.",
])
def test_no_country_from_other_phrases(read, text):
    got = triples(read(text))
    assert not any(p == "country" for s, p, o in got), got
