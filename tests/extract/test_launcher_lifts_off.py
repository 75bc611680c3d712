"""A launcher that lifts off (or is launched) is the launch's vehicle, not a participant: "The Zephra-1 rocket
lifted off from the Brenna Spaceport on 4 May 2026" (rule frame:launched-from, its launch event). A craft launched
stays the launch's participant. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _launch(x):
    [launch] = [e for e in x.entities.values() if "Launch" in e.classes]
    return launch


@pytest.mark.parametrize("text", [
    "The Zephra-1 rocket lifted off from the Brenna Spaceport on 4 May 2026.",
    "The Zephra-1 rocket will lift off from the Brenna Spaceport in 2027.",
    "The Zephra-1 rocket was launched from the Brenna Spaceport on 4 May 2026.",
])
def test_a_launcher_lifting_off_is_the_launchs_vehicle(read, text):
    x = read(text)
    assert (_launch(x).label, "launchVehicle", "Zephra-1") in triples(x), triples(x)


def test_a_craft_launched_is_a_participant_not_a_vehicle(read):
    x = read("The Lumo-2 satellite was launched from the Brenna Spaceport on 4 May 2026.")
    got = triples(x)
    assert (_launch(x).label, "participant", "Lumo-2") in got, got
    assert not any(p == "launchVehicle" for _, p, _ in got), got


@pytest.mark.parametrize("text", [
    "Halvik Launch Systems launched the Lumo-2 satellite on its Zephra-1 rocket on 4 May 2026.",
    "Halvik Launch Systems launched the Lumo-2 satellite aboard its Zephra-1 rocket on 4 May 2026.",
])
def test_a_vehicle_phrase_hung_on_the_craft_names_the_launcher(read, text):
    x = read(text)
    got = triples(x)
    assert ("Lumo-2", "launchVehicle", "Zephra-1") in got and (_launch(x).label, "launchVehicle", "Zephra-1") in got, \
        got


def test_a_partner_with_the_craft_is_no_launcher(read):
    got = triples(read("ESA launched the Lumo-2 satellite with its partner JAXA on 4 May 2026."))
    assert not any(p == "launchVehicle" for _, p, _ in got), got
