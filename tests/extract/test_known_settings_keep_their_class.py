"""A known city, country or world keeps its class whatever class noun stands beside it (mentions.find_candidates,
Candidate.fitting): "Vexa Robotics of Houston, Lunar Outpost of Golden and ..." hangs "Outpost" by Houston, which is no
outpost; "NASA's Moon lander" is a lander that goes to the Moon, not the Moon. On sentences written for this test."""

from __future__ import annotations

import pytest

from presskg.vocab import Class as C

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, town", [
    ("NASA selected Vexa Robotics of Houston, Lunar Outpost of Golden and Tarn Astrolab of Hawthorne.", "Houston"),
    ("ESA chose Vexa of Toulouse, Lunar Station Works of Bremen and Kelmar of Turin.", "Toulouse"),
])
def test_a_known_town_is_no_station(read, text, town):
    result = read(text)
    assert classes_of(result, town) == {"City"}, [(e.label, e.classes) for e in result.entities.values()]


@pytest.mark.parametrize("text, world, craft", [
    ("NASA's Moon lander will land on 3 May 2027.", "Moon", "Moon lander"),
    ("ESA's Venus probe was launched on 3 May 2031.", "Venus", "Venus probe"),
])
def test_a_known_world_before_a_craft_noun_is_the_crafts_target(read, text, world, craft):
    """"NASA's Moon lander": the Moon is no lander; the lander, told by its noun, goes there."""
    result = read(text)
    assert C.CelestialBody.value not in classes_of(result, craft)
    assert "Lander" not in classes_of(result, world) and "Probe" not in classes_of(result, world)
    got = {(s.split(" [")[0], p, o) for s, p, o in triples(result)}
    assert (craft, "target", world) in got, got


def test_a_known_world_before_missions_stays_a_world(read):
    result = read("The antenna will support the agency's Mars missions.")
    assert classes_of(result, "Mars") == {"Planet"}, [(e.label, e.classes) for e in result.entities.values()]
