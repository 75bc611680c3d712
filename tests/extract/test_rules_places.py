"""Places in places: "X, Region", "Y's Z", on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("The rocket will lift off from the European Spaceport in Kourou, French Guiana.",
     ("Kourou", "locatedIn", "French Guiana")),
    ("The team met in Kourou, French Guiana, on 3 May 2024.", ("Kourou", "locatedIn", "French Guiana")),
    ("Engineers in Sinnamary, French Guiana, tracked the rocket.", ("Sinnamary", "locatedIn", "French Guiana")),
    ("The capsule will be shipped to the Sagamihara Campus in Kanagawa, Japan.", ("Kanagawa", "locatedIn", "Japan")),
    ("The public saw the sample at Houston's Johnson Space Center.",
     ("Johnson Space Center", "locatedIn", "Houston")),
])
def test_rules_place_in_place(read, text, fact):
    assert fact in triples(read(text))


def test_rules_place_list_is_not_a_place_in_a_place(read):
    """"Toulouse, Bremen and Turin" are three cities side by side."""
    facts = triples(read("The teams met in Toulouse, Bremen and Turin."))
    assert not any(p == "locatedIn" and s in ("Toulouse", "Bremen") for s, p, _ in facts), facts


def test_rules_region_list_is_not_a_place_in_a_place(read):
    """"Kourou, French Guiana, Bavaria and Tuscany": a list of places, the region one of them."""
    facts = triples(read("Tests ran in Kourou, French Guiana, Bavaria and Tuscany."))
    assert ("Kourou", "locatedIn", "French Guiana") not in facts, facts
