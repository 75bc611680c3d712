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
