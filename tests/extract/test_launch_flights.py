"""A launch told by its noun, of a launcher: "the maiden flight of the Zephra-1 rocket is planned for September
2026 from the Guiana Space Centre", "the launch of the Zephra-1 rocket", "the Zephra-1 rocket made its first
flight": a launcher's flight (or one called maiden, inaugural, debut) is a launch, not a mission, and its
launcher is the launch's vehicle (lexicon LAUNCH_FLIGHT_NOUNS, MAIDEN_FLIGHT_WORDS; extract/flights.py; rules
dep:launch-noun-rocket, dep:launch-on-flight). A person's flight stays no launch. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _launches(x):
    return [e for e in x.entities.values() if "Launch" in e.classes]


@pytest.mark.parametrize("text, site", [
    ("The maiden flight of the Zephra-1 rocket is planned for September 2026 from the Guiana Space Centre.",
     "Guiana Space Centre"),
    ("The launch of the Zephra-1 rocket is planned for September 2026 from the Guiana Space Centre.",
     "Guiana Space Centre"),
    ("The Zephra-1 rocket will make its inaugural flight in September 2026 from the Guiana Space Centre.",
     "Guiana Space Centre"),
    ("The first launch of the Zephra-1 rocket took place on 4 May 2025 from the Andoya Spaceport.",
     "Andoya Spaceport"),
])
def test_a_launchers_flight_is_a_launch_on_it(read, text, site):
    x = read(text)
    [launch] = _launches(x)
    got = triples(x)
    assert (launch.label, "launchVehicle", "Zephra-1") in got, got
    assert (launch.label, "launchSite", site) in got, got
    assert ("Zephra-1", "launchSite", site) in got, got


def test_a_maiden_flight_is_a_launch_without_its_rocket(read):
    x = read("The maiden flight is planned for September 2026 from the Guiana Space Centre.")
    [launch] = _launches(x)
    assert (launch.label, "launchSite", "Guiana Space Centre") in triples(x), triples(x)


@pytest.mark.parametrize("text", [
    "The Zephra-1 rocket will launch the Lumo-2 satellite on its maiden flight in 2026.",
    "The Zephra-1 rocket lifted off on its maiden flight on 4 May 2025 from the Andoya Spaceport.",
])
def test_a_launch_on_a_maiden_flight_is_one_launch(read, text):
    x = read(text)
    assert len(_launches(x)) == 1, [e.label for e in _launches(x)]
    assert (_launches(x)[0].label, "launchVehicle", "Zephra-1") in triples(x), triples(x)


def test_a_persons_flight_is_no_launch(read):
    x = read("The flight of astronaut Lena Berg to the Meridian Station took place in May 2025.")
    assert not _launches(x), [e.label for e in _launches(x)]


def test_a_later_launch_of_other_craft_is_no_maiden_flight(read):
    x = read("The maiden flight is planned for September 2026 from the Guiana Space Centre. Arianespace has signed a "
             "launch service contract with EUMETSAT for the launch of the Calyx-3 weather satellite.")
    got = triples(x)
    assert ("Calyx-3", "launchSite", "Guiana Space Centre") not in got, got
    assert len(_launches(x)) == 2, [e.label for e in _launches(x)]


def test_a_launch_on_another_rocket_is_not_a_told_flight(read):
    x = read("The Falkor-9 booster made its fifth flight. The Tsubaki rocket launched the Hoshizora-9 satellite on "
             "30 March 2026.")
    got = triples(x)
    assert ("Hoshizora-9", "launchVehicle", "Falkor-9") not in got, got
    assert ("Hoshizora-9", "launchVehicle", "Tsubaki") in got, got


def test_a_vehicles_flight_after_its_launch_is_that_launch(read):
    x = read("On 28 March 2026, the reusable Falkor-9 booster launched the Sentra-7 satellite from the Wallace "
             "Launch Complex. The booster made its fifth flight and landed on the ship.")
    assert len(_launches(x)) == 1, [e.label for e in _launches(x)]


def test_its_next_flight_is_another_launch(read):
    x = read("The Zephra-1 rocket launched the Lumo-2 satellite on 4 May 2025. Its next flight is planned for "
             "October 2025 from the Andoya Spaceport.")
    assert len(_launches(x)) == 2, [e.label for e in _launches(x)]


def test_a_maiden_flight_told_again_is_one_launch(read):
    x = read("The Kestrel-2 rocket is now ready for its maiden flight. Kestrel-2 is built by Halvik Launch Systems. "
             "The first stage uses seven engines. The maiden flight is planned for September 2026 from the Guiana "
             "Space Centre.")
    assert len(_launches(x)) == 1, [e.label for e in _launches(x)]


def test_maiden_flights_of_two_rockets_are_two_launches(read):
    x = read("The maiden flight of the Zephra-1 rocket took place in May 2025. The maiden flight of the Kestrel-2 "
             "rocket is planned for September 2026.")
    assert len(_launches(x)) == 2, [e.label for e in _launches(x)]


def test_a_launchers_debut_is_a_launch(read):
    x = read("The Zephra-1 rocket made its debut on 4 May 2026 from the Brenna Spaceport.")
    [launch] = _launches(x)
    got = triples(x)
    assert (launch.label, "launchVehicle", "Zephra-1") in got and (launch.label, "launchSite", "Brenna Spaceport") \
        in got, got


def test_a_persons_debut_is_no_launch(read):
    x = read("Astronaut Lena Berg made her debut on the Meridian Station in 2026.")
    assert not _launches(x), [e.label for e in _launches(x)]


@pytest.mark.parametrize("text, craft, rocket", [
    ("The maiden flight of the Zephra-1 rocket will carry the Lumo-2 satellite in 2026.", "Lumo-2", "Zephra-1"),
    ("The next flight of the Orsa rocket will carry the Pellan-4 satellite.", "Pellan-4", "Orsa"),
])
def test_a_launchers_flight_carries_its_craft(read, text, craft, rocket):
    x = read(text)
    [launch] = _launches(x)
    got = triples(x)
    assert (launch.label, "participant", craft) in got and (craft, "launchVehicle", rocket) in got, got


def test_a_persons_flight_carries_nothing_up(read):
    got = triples(read("The flight of astronaut Lena Berg will carry the Lumo-2 satellite."))
    assert not any(p in ("launchVehicle", "participant") for _, p, _ in got), got


@pytest.mark.parametrize("text, craft, site", [
    ("ISRO conducted the first uncrewed test flight of the Orsa crew module on 21 October from the Satish Dhawan "
     "Space Centre.", "Orsa", "Satish Dhawan Space Centre"),
    ("The test flight of the Orsa capsule took place on 4 May from the Guiana Space Centre.", "Orsa",
     "Guiana Space Centre"),
])
def test_a_flight_from_a_launch_site_is_a_launch(read, text, craft, site):
    """(session 23, flights.from_site) A craft's flight that leaves from a launch site is its launch."""
    got = triples(read(text))
    launches = {s for s, p, o in got if p == "launchSite" and o == site and s != craft}
    assert launches and any((s, "participant", craft) in got for s in launches), got


def test_a_flight_to_somewhere_is_no_launch(read):
    got = triples(read("The flight of astronaut Lena Berg to the station on 4 May was a success."))
    assert not any(p == "launchSite" for s, p, o in got), got
