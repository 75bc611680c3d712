"""What things ride aboard is a craft; after a verb of leaving the ground, the rocket (doing.role_class,
lexicon ABOARD_MARKERS, ROCKET_RIDE_VERBS), for an unknown name nothing else types."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name, cls", [
    ("The camera flew aboard Corvid in 2024.", "Corvid", "Spacecraft"),
    ("The camera flew onboard Corvid in 2024.", "Corvid", "Spacecraft"),
    ("Sensors aboard Oceanis-4 recorded the eruption.", "Oceanis-4", "Spacecraft"),
    ("Astronaut Lea Moreau flew aboard Corvid in 2024.", "Corvid", "Spacecraft"),
    ("The satellite lifted off aboard Zephyr from Kourou.", "Zephyr", "LaunchVehicle"),
    ("The satellite was launched aboard Zephyr-2 on 3 May.", "Zephyr-2", "LaunchVehicle"),
])
def test_name_after_aboard_is_a_craft_or_a_rocket(read, text, name, cls):
    got = read(text)
    assert classes_of(got, name) == {cls}, _seen(got)


def test_part_aboard_a_named_craft_is_its_part(read):
    got = read("The camera flew aboard Corvid in 2024.")
    assert any(p == "partOf" and o == "Corvid" for _, p, o in triples(got)), triples(got)


def test_board_of_a_body_is_no_craft(read):
    got = read("The board of Tarsis met in Oslo.")
    assert "Spacecraft" not in classes_of(got, "Tarsis"), _seen(got)
