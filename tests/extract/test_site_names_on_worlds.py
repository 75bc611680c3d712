"""A landform's name ends before "on" and the world it is on ("Jezero Crater | on Mars"), as a designation's does
("Hikari-3 | on Orvo"); a name with "on" inside stays whole ("the Conference on Disarmament"); a craft in "lunar
orbit" orbits the Moon (dep:orbit-around). Session 37; sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name", [
    ("Jezero Crater on Mars was once a lake.", "Jezero Crater"),
    ("Velora Basin on the Moon holds water ice, the team said.", "Velora Basin"),
])
def test_a_landform_name_ends_before_the_world_it_is_on(read, text, name):
    got = labels(read(text))
    assert name in got and not any(" on " in g for g in got), got


def test_a_name_with_on_inside_stays_whole(read):
    assert "Conference on Disarmament" in labels(read("The Conference on Disarmament met in Geneva."))


@pytest.mark.parametrize("text, craft, body", [
    ("Kelva-2 entered lunar orbit on 17 December 2025.", "Kelva-2", "Moon"),
    ("Kelva-2 is now in Martian orbit.", "Kelva-2", "Mars"),
])
def test_a_craft_in_a_worlds_orbit_orbits_it(read, text, craft, body):
    assert (craft, "orbits", body) in triples(read(text))


def test_earth_orbit_makes_no_orbits(read):
    assert not any(p == "orbits" for s, p, o in triples(read("Kelva-2 reached low Earth orbit.")))
