"""A known craft's name with a vessel's name or a designation after it is one craft of its own, the longer name
(vessels.vessel_names): "Crew Dragon Endeavour", "Soyuz MS-25", "Cygnus NG-23", "HTV-XG". Not a person's
name that starts like a craft's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, craft, shorter", [
    ("The Crew Dragon Resilience undocked from the station on 4 May.", "Crew Dragon Resilience", "Crew Dragon"),
    ("Crew Dragon Freedom splashed down off Florida on 14 June.", "Crew Dragon Freedom", "Crew Dragon"),
    ("Soyuz MS-29 landed in Kazakhstan with three crew members.", "Soyuz MS-29", "Soyuz"),
    ("Cygnus NG-24 carried 3,700 kg of cargo to the station.", "Cygnus NG-24", "Cygnus"),
    ("The HTV-XG cargo craft docked with the station.", "HTV-XG", "HTV"),
    ("The Dragon Endurance reached the station after a 27-hour flight.", "Dragon Endurance", "Dragon"),
])
def test_the_longer_name_is_one_craft(read, text, craft, shorter):
    got = read(text)
    assert craft in labels(got), labels(got)
    assert "Spacecraft" in classes_of(got, craft) and "Person" not in classes_of(got, craft), classes_of(got, craft)
    assert shorter not in labels(got), labels(got)


def test_the_vessel_takes_part_in_what_it_does(read):
    t = triples(read("Soyuz MS-29 landed in Kazakhstan on 6 April."))
    assert any(p == "participant" and o == "Soyuz MS-29" for s, p, o in t), sorted(t)


def test_a_launcher_version_is_a_launcher(read):
    got = read("Falcon 9 Block 7 lifted off from Cape Canaveral.")
    assert "LaunchVehicle" in classes_of(got, "Falcon 9 Block 7"), labels(got)


@pytest.mark.parametrize("text, name", [
    ("Galileo Galilei observed the moons of Jupiter.", "Galileo Galilei"),
    ("Juno Smith works at the Vela Space Agency.", "Juno Smith"),
])
def test_a_persons_name_that_starts_like_a_crafts_is_no_craft(read, text, name):
    got = read(text)
    assert not [c for c in classes_of(got, name) if c in ("Spacecraft", "Probe", "Satellite", "LaunchVehicle")], \
        classes_of(got, name)


def test_a_class_noun_after_the_name_is_no_vessel(read):
    got = read("The Crew Dragon spacecraft docked with the station.")
    assert "Crew Dragon" in labels(got) and not [x for x in labels(got) if x.startswith("Crew Dragon ")], labels(got)


@pytest.mark.parametrize("text, vessel, craft", [
    ("The Vela Space Agency's Kestrel-5 cargo spacecraft, named S.S. Anna Lind, docked with the station on 1 April.",
     "S.S. Anna Lind", "Kestrel-5"),
    ("The Cygnus NG-25 spacecraft S.S. Ivo Sarr arrived at the station on 6 August.", "S.S. Ivo Sarr",
     "Cygnus NG-25"),
    ("The Orla-2 cargo craft, christened S.S. Marta Velez, berthed to the station.", "S.S. Marta Velez", "Orla-2"),
])
def test_a_vessels_honorific_name_is_the_crafts(read, text, vessel, craft):
    got = read(text)
    ents = [e for e in got.entities.values() if e.label == vessel or vessel in e.aliases]
    assert len(ents) == 1 and "Person" not in ents[0].classes, [(e.label, e.classes) for e in ents]
    assert craft == ents[0].label or craft in ents[0].aliases, (ents[0].label, ents[0].aliases)
    assert craft not in labels(got) or craft == ents[0].label, labels(got)


def test_a_person_named_after_a_craft_noun_is_still_a_person(read):
    got = read("The spacecraft was built by a team led by Anna Lind.")
    assert classes_of(got, "Anna Lind") == {"Person"}, classes_of(got, "Anna Lind")
