""""The crew splashed down off the coast of Florida on 3 April", "the three astronauts landed in Kazakhstan aboard
Soyuz MS-31": a homecoming told of a crew noun is a landing, where and when the clause says, as one told of named
people is (rules/crews.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _landings(got) -> list:
    return [e for e in got.entities.values() if "Landing" in e.classes]


@pytest.mark.parametrize("text, place", [
    ("The crew splashed down off the coast of Florida on 3 April.", "Florida"),
    ("The three astronauts landed in Kazakhstan on 28 June aboard Soyuz MS-31.", "Kazakhstan"),
    ("The crew will return to Earth on 28 June, landing in the steppes of Kazakhstan.", "Kazakhstan"),
])
def test_a_crew_coming_home_is_a_landing(read, text, place):
    got = read(text)
    assert len(_landings(got)) == 1, [e.label for e in _landings(got)]
    assert (_landings(got)[0].label, "locatedIn", place) in triples(got), triples(got)


@pytest.mark.parametrize("text", [
    "The crew returned to Cologne on 3 April.",
    "The crew returned the samples on 3 April.",
])
def test_a_crew_back_on_the_ground_is_no_landing(read, text):
    assert not _landings(read(text))
