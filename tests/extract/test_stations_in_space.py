"""A station or outpost said to be lunar or orbital is a space station, not a ground station (lexicon
HEAD_CLASSES "lunar station", "orbital outpost"): what is provided for it is its part, and its provider
contributes to it. A ground station stays a facility. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "The Aurora lunar station will circle the Moon from 2029.",
    "The Aurora orbital station will circle the Moon.",
    "ESA will supply a camera for Aurora, a lunar outpost.",
])
def test_a_lunar_or_orbital_station_is_a_space_station(read, text):
    assert "SpaceStation" in classes_of(read(text), "Aurora")


def test_a_part_provided_for_a_lunar_station_is_its_part(read):
    got = triples(read("The Vela Space Agency will provide a camera for the Aurora lunar station."))
    assert ("Vela Space Agency", "contributesTo", "Aurora") in got, sorted(got)
    assert any(s.startswith("camera") and p == "partOf" and o == "Aurora" for s, p, o in got), sorted(got)


def test_a_ground_station_stays_a_facility(read):
    got = read("The Aurora ground station in Kiruna received the data.")
    assert "SpaceStation" not in classes_of(got, "Aurora")
    assert "Facility" in classes_of(got, "Aurora")
