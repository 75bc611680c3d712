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


def test_a_launched_station_is_a_space_station_with_its_modules(read):
    """"The Orla station was launched in 2024": a station put into orbit is a space station, launched, and "the
    Vexar module of the Orla station" is its part (rules/station_kinds.py, named_children's second class)."""
    got = read("The Orla station was launched in 2024. The Vexar module of the Orla station was attached in May.")
    facts = triples(got)
    assert "SpaceStation" in _classes(got, "Orla"), [(e.label, e.classes) for e in got.entities.values()]
    assert ("Vexar", "partOf", "Orla") in facts and any(
        s.startswith("launch") and p == "participant" and o == "Orla" for s, p, o in facts), facts


def test_a_station_on_the_ground_stays_one(read):
    got = read("The Orla station was inaugurated in Tarvik in 2024.")
    assert "SpaceStation" not in _classes(got, "Orla"), [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text, name, cls, whole", [
    ("The Orla satellite was launched in 2024. Halo, one of Orla's six instruments, measures ozone.", "Halo",
     "Instrument", "Orla"),
    ("The Kelmar constellation has four satellites. Vexa, one of the four satellites, failed in May.", "Vexa",
     "Satellite", None),
])
def test_a_name_set_before_one_of_a_plural_is_of_its_class(read, text, name, cls, whole):
    got = read(text)
    assert cls in _classes(got, name), [(e.label, e.classes) for e in got.entities.values()]
    if whole:
        assert (name, "partOf", whole) in triples(got), triples(got)


def test_a_known_world_set_before_one_of_a_plural_keeps_its_class(read):
    got = read("JUICE will study Ganymede, the middle one of the three icy satellites, from 2031.")
    assert "Moon" in _classes(got, "Ganymede") and "Satellite" not in _classes(got, "Ganymede"), [
        (e.label, e.classes) for e in got.entities.values()]
