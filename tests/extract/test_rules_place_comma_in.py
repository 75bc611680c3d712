"""rules/relations.py, pattern:place-comma-in on sentences written for it: "Kourou, in French Guiana," — a place
followed by a comma, "in" and a wider place is in it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, place, wider", [
    ("Kourou, in French Guiana, is home to Europe's spaceport.", "Kourou", "French Guiana"),
    ("The rocket lifted off from Kourou, in French Guiana.", "Kourou", "French Guiana"),
    ("Vexel Optics has a plant in Tartu, in eastern Estonia.", "Tartu", "Estonia"),
])
def test_place_comma_in_wider_place(read, text, place, wider):
    got = triples(read(text))
    assert (place, "locatedIn", wider) in got, got


@pytest.mark.parametrize("text", [
    "ESA met NASA in Paris, in a meeting room.",  # no place after "in"
    "The two agencies met in Paris, in Toulouse and in Lyon.",  # a list of cities, not one in another
    "They met in Paris, in the presence of the minister.",
])
def test_place_comma_in_no_wider_place(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" and s in ("Paris", "Toulouse") for s, p, _ in got), got
