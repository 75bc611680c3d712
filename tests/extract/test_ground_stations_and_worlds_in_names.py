""""The Kessler Deep Space Station" is a ground station, not a space station (a three-word class key,
candidates.noun_class); "the Vesta Test Centre", "the Mars Society" are named after a world, which they do not
mention (known_names). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _classes(got, label: str) -> set[str]:
    return {c for e in got.entities.values() if e.label == label for c in e.classes}


@pytest.mark.parametrize("text, name", [
    ("The signal was received at the Kessler Deep Space Station in Madrid on 3 May.", "Kessler Deep Space Station"),
    ("Engineers at the Tarvik Deep Space Antenna tracked the probe.", "Tarvik Deep Space Antenna"),
])
def test_a_deep_space_station_is_on_the_ground(read, text, name):
    got = read(text)
    assert "Facility" in _classes(got, name) and "SpaceStation" not in _classes(got, name), [
        (e.label, e.classes) for e in got.entities.values()]


def test_a_space_station_stays_one(read):
    got = read("The Orsa Space Station will host two crew members from 3 May.")
    assert "SpaceStation" in _classes(got, "Orsa Space Station")


@pytest.mark.parametrize("text, world, name", [
    ("During the visit, the delegation toured the Vesta Test Centre in Noordwijk.", "Vesta", "Vesta Test Centre"),
    ("The Mars Society welcomed the decision on 3 May.", "Mars", "Mars Society"),
    ("The Moon Village Association met in Rome on 3 May.", "Moon", "Moon Village Association"),
])
def test_a_body_named_after_a_world_does_not_mention_it(read, text, world, name):
    got = read(text)
    labels = {e.label for e in got.entities.values()}
    assert name in labels and world not in labels, labels


@pytest.mark.parametrize("text, world", [
    ("The Kelmar Space Agency will send the Tessera probe to Mars in 2028.", "Mars"),
    ("Orsian scientist Mars Lind joined the Vesta team on 3 May.", "Vesta"),
])
def test_a_world_told_of_stays(read, text, world):
    got = read(text)
    assert world in {e.label for e in got.entities.values()}, triples(got)
