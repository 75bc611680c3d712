""""The crew will launch aboard a Zephyr capsule on a Helion 9 rocket from X on 3 May", "the three astronauts lifted
off aboard Soyuz MS-31 from Baikonur": when people launch, the craft they ride is what is launched, the rocket
the launch's vehicle, the place its site (rules/crewed_launches.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _launch(got, prop: str) -> set[str]:
    ents = got.entities
    return {ents[r.object].label for r in got.relations
            if r.predicate == prop and "Launch" in ents[r.subject].classes}


@pytest.mark.parametrize("text, craft, vehicle, site", [
    ("The crew will launch aboard a Zephyr capsule on a Helion 9 rocket from the Vandor Spaceport in Florida on "
     "3 May.", "Zephyr", "Helion 9", "Vandor Spaceport"),
    ("The three astronauts lifted off aboard Soyuz MS-31 from Baikonur Cosmodrome on 3 May.", "Soyuz MS-31", None,
     "Baikonur Cosmodrome"),
    ("Mia Lind and Tom Hale launched aboard the Zephyr capsule from Kennedy Space Center on 3 May.", "Zephyr", None,
     "Kennedy Space Center"),
])
def test_people_launching_aboard_a_craft_launch_the_craft(read, text, craft, vehicle, site):
    got = read(text)
    assert craft in _launch(got, "participant"), triples(got)
    assert site in _launch(got, "launchSite"), triples(got)
    assert (craft, "launchSite", site) in triples(got), triples(got)
    if vehicle:
        assert vehicle in _launch(got, "launchVehicle"), triples(got)


@pytest.mark.parametrize("text", [
    "The crew will launch a new outreach campaign on 3 May.",
    "The crew will travel aboard a bus to the launch pad on 3 May.",
])
def test_no_craft_ridden_no_crewed_launch(read, text):
    got = read(text)
    assert not _launch(got, "participant"), triples(got)


@pytest.mark.parametrize("text, rider", [
    ("Marcus Hale launched aboard the Zephyr capsule on a Helion 9 rocket from the Vandor Spaceport on 3 May.",
     "Marcus Hale"),
    ("Ana Lindqvist lifted off aboard the Orla spacecraft from Baikonur Cosmodrome on 3 May.", "Ana Lindqvist"),
])
def test_who_launches_aboard_a_capsule_is_a_rider_not_a_craft(read, text, rider):
    got = read(text)
    assert {c for e in got.entities.values() if e.label == rider for c in e.classes} == {"Person"}, [
        (e.label, e.classes) for e in got.entities.values()]
    assert len(_launch(got, "participant") - {rider}) == 1, triples(got)  # the craft, and the rider as a person


@pytest.mark.parametrize("text, craft", [
    ("Sergey Ryzhikov and Alexey Zubritsky launched aboard Soyuz MS-28.", "Soyuz MS-28"),
    ("The three astronauts lifted off aboard the Zephyr-4 capsule.", "Zephyr-4"),
])
def test_a_crewed_launch_told_in_the_past_is_an_event_when_or_not_dated(read, text, craft):
    got = triples(read(text))
    assert any(s.startswith("launch") and p == "participant" and o == craft for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The crew will launch aboard the Zephyr-4 capsule.",
    "Anna Berg has launched aboard the Zephyr-4 capsule twice.",
    "The astronauts launched aboard three capsules.",
])
def test_a_crewed_launch_to_come_or_a_record_is_no_event(read, text):
    got = triples(read(text))
    assert not any(s.startswith("launch") for s, _, _ in got), got


@pytest.mark.parametrize("text, people", [
    ("Mia Lind and Tom Hale launched aboard the Zephyr capsule from Kennedy Space Center on 3 May.",
     {"Mia Lind", "Tom Hale"}),
    ("Ana Ruiz, along with Ivo Stark, will launch aboard the Soyuz MS-41 spacecraft on 12 April.",
     {"Ana Ruiz", "Ivo Stark"}),
    ("Ana Ruiz will lift off aboard the Zephyr capsule together with Ivo Stark on 12 April.",
     {"Ana Ruiz", "Ivo Stark"}),
])
def test_the_people_who_launch_take_part_in_the_launch(read, text, people):
    got = read(text)
    assert people <= _launch(got, "participant"), triples(got)


def test_the_crew_noun_adds_no_person(read):
    got = read("The three astronauts lifted off aboard Soyuz MS-31 from Baikonur Cosmodrome on 3 May.")
    assert _launch(got, "participant") == {"Soyuz MS-31"}, triples(got)


def test_the_crew_docks_in_the_craft_it_launched_aboard(read):
    """"The crew docked to the station three hours later": the capsule they rode and the people dock, that day
    (crewed_launches.crew_ride; lexicon DAY_ANAPHORS "hours later")."""
    got = read("Mia Lind and Tom Hale launched aboard the Zephyr capsule from Kennedy Space Center on 3 May. The "
               "crew docked to the Orsa Space Station about three hours later.")
    facts = triples(got)
    docks = {o for s, p, o in facts if p == "participant" and s.startswith("dock")}
    assert {"Zephyr", "Orsa Space Station", "Mia Lind", "Tom Hale"} <= docks, facts
    assert any(s.startswith("dock (") and "-05-03)" in s for s, _p, _o in facts), facts
