"""A known city or country keeps its class whatever class noun the parser sets beside it: "Vexa Robotics of Houston,
Lunar Outpost of Golden and ..." hangs "Outpost" by Houston, which is no outpost (mentions.find_candidates,
Candidate.town_or_state). On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, town", [
    ("NASA selected Vexa Robotics of Houston, Lunar Outpost of Golden and Tarn Astrolab of Hawthorne.", "Houston"),
    ("ESA chose Vexa of Toulouse, Lunar Station Works of Bremen and Kelmar of Turin.", "Toulouse"),
])
def test_a_known_town_is_no_station(read, text, town):
    result = read(text)
    assert classes_of(result, town) == {"City"}, [(e.label, e.classes) for e in result.entities.values()]
