"""A named "station" a craft docks with or berths to, or people stay aboard, is a space station, and so takes
part in the docking; a ground station named the same way stays a facility (rules/station_kinds.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "The Vigil capsule docked with the Meridian Station on 2 December 2026.",
    "The Vigil capsule docked to the Meridian Station's Harmony module.",
    "The crew will spend six months aboard the Meridian Station.",
    "The Kestra cargo ship was berthed to the Meridian Station on Friday.",
    "The Kestra 9 cargo spacecraft arrived at the Meridian Station on 3 December 2026.",
    "Three astronauts arrived at the Meridian Station on 2 December 2026 aboard the Falcrest capsule Vigil.",
])
def test_station_met_by_a_craft_is_a_space_station(read, text):
    assert classes_of(read(text), "Meridian Station") == {"SpaceStation"}


@pytest.mark.parametrize("text", [
    "The Vigil capsule docked with the Meridian Station on 2 December 2026.",
    "The Kestra 9 cargo spacecraft arrived at the Meridian Station on 3 December 2026.",
])
def test_station_met_takes_part_in_the_docking_or_arrival(read, text):
    found = triples(read(text))
    assert any(p == "participant" and o == "Meridian Station" for s, p, o in found), found


@pytest.mark.parametrize("text, name", [
    ("The data were sent to the Kiruna Ground Station.", "Kiruna Ground Station"),
    ("The team met at the Lindqvist Research Station in Norway.", "Lindqvist Research Station"),
    ("The minister arrived at the Lindqvist Research Station on 3 December 2026.", "Lindqvist Research Station"),
    ("The capsule landed at the Lindqvist Research Station.", "Lindqvist Research Station"),
])
def test_station_on_the_ground_stays_a_facility(read, text, name):
    assert "SpaceStation" not in classes_of(read(text), name)
