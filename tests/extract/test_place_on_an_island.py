"""A facility or a town "on" a place is in it: "the Wenchang Space Launch Site on Hainan Island", "the Orvik
station on Andøya" (rules/relations.py, dep:place-in-place; session 36). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, facility, place", [
    ("The satellite lifted off from the Wenchang Space Launch Site on Hainan Island.", "Wenchang Space Launch Site",
     "Hainan Island"),
    ("Engineers from the Kelso Space Centre on Vanora Island joined the test.", "Kelso Space Centre", "Vanora Island"),
])
def test_a_facility_on_a_place_is_in_it(read, text, facility, place):
    assert (facility, "locatedIn", place) in triples(read(text))


@pytest.mark.parametrize("text", [
    "The Vela lander touched down on Mars near the Kelso Space Centre.",
    "The Kelso Space Centre reported on 3 May that the test went well.",
    "The Kelso Space Centre on Mars Avenue is a facility of Vanora.",  # (a street is no entity: nothing)
])
def test_on_a_world_a_day_or_no_place_is_no_location(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" and o in ("Mars", "3 May") for _, p, o in got), got
