"""A facility's name followed by "in" and a city or a country is where the facility is, wherever the parser hangs
the "in" phrase (pattern:facility-in-place)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, facility, place", [
    ("The two presidents signed the statement at the Embassy of Italy in Tokyo on 16 November 2004.",
     "Embassy of Italy", "Tokyo"),
    ("The delegation toured the Lyra Control Centre in Turin on Monday.", "Lyra Control Centre", "Turin"),
    ("The agencies met at the Lyra Control Centre in Italy.", "Lyra Control Centre", "Italy"),
])
def test_rules_facility_in_place_the_facility_is_there(read, text, facility, place):
    assert (facility, "locatedIn", place) in triples(read(text)), triples(read(text))


@pytest.mark.parametrize("text", [
    "ESA opened the Lyra Control Centre in May.",
    "The Lyra Control Centre in the Vela mission tracks the probe.",
])
def test_rules_facility_in_place_no_place_after_in(read, text):
    t = triples(read(text))
    assert not any(s == "Lyra Control Centre" and p == "locatedIn" for s, p, o in t), t
