""""Docked at the forward port of the Halcyon station", "undocked from the Halcyon station": a name set before the
noun "station" in a docking phrase (lexicon DOCKING_PREPOSITIONS, now with "from" for undocking) is a space
station, not a ground facility (rules/station_kinds.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text", [
    "The Zephyr spacecraft undocked from the forward port of the Halcyon station on 2 April.",
    "The Zephyr spacecraft undocked from the Halcyon station on 2 April.",
    "The Zephyr capsule docked at the forward port of the Halcyon station on 2 April.",
])
def test_a_station_a_craft_docks_with_is_a_space_station(read, text):
    assert "SpaceStation" in classes_of(read(text), "Halcyon"), classes_of(read(text), "Halcyon")


@pytest.mark.parametrize("text", [
    "The Kestrel satellite was launched from the Halcyon station in 2020.",
    "The Zephyr rover landed at the Vela station on 2 April.",
])
def test_a_station_no_craft_docks_with_stays_a_facility(read, text):
    got = read(text)
    assert not any("SpaceStation" in e.classes for e in got.entities.values()), [
        (e.label, e.classes) for e in got.entities.values()]
