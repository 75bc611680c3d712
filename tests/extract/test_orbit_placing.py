"""A launcher putting craft into orbit ("Zephra-1 placed Lumo-2 and Lumo-3 into a sun-synchronous orbit",
"Lumo-2 was injected into orbit by Zephra-1", "delivered ... two rideshare payloads, Tessa-1 and Orn-3, to
orbit"): what is put there is a craft, a designation that puts it there a launcher, the craft went up on it,
and a dated placing is the launch itself (lexicon ORBIT_PLACING_VERBS, extract/placing.py, rule
frame:carry-payload). Without an orbit phrase the same verbs say nothing of a launch. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, rocket, craft", [
    ("Zephra-1 placed Lumo-2 and Lumo-3 into a sun-synchronous orbit.", "Zephra-1", ["Lumo-2", "Lumo-3"]),
    ("Lumo-2 was injected into orbit by Zephra-1 on 4 May 2025.", "Zephra-1", ["Lumo-2"]),
    ("The Zephra-1 rocket delivered Lumo-2 and two rideshare payloads, Tessa-1 and Orn-3, to orbit.", "Zephra-1",
     ["Lumo-2", "Tessa-1", "Orn-3"]),
])
def test_what_a_launcher_puts_into_orbit_went_up_on_it(read, text, rocket, craft):
    x = read(text)
    assert "LaunchVehicle" in classes_of(x, rocket), classes_of(x, rocket)
    for c in craft:
        assert classes_of(x, c) & {"Spacecraft", "Satellite"}, (c, classes_of(x, c))
        assert (c, "launchVehicle", rocket) in triples(x), triples(x)


def _launches(x):
    return [e for e in x.entities.values() if "Launch" in e.classes]


@pytest.mark.parametrize("text", [
    "Zephra-1 placed Lumo-2 into orbit on 4 May 2025.",
    "Zephra-1 delivered Lumo-2 to orbit on 4 May 2025.",
])
def test_a_dated_placing_into_orbit_is_the_launch(read, text):
    x = read(text)
    [launch] = _launches(x)
    got = triples(x)
    assert (launch.label, "launchVehicle", "Zephra-1") in got, got
    assert (launch.label, "participant", "Lumo-2") in got, got
    assert not [e for e in x.entities.values() if e.classes == {"Event"}], labels_of_events(x)


def labels_of_events(x):
    return sorted(e.label for e in x.entities.values() if e.classes & {"Event", "Launch"})


def test_a_delivery_to_orbit_is_no_delivery_but_a_launch(read):
    x = read("The Zephra-1 rocket delivered the Lumo-2 satellite to orbit.")
    assert len(_launches(x)) == 1 and not [e for e in x.entities.values() if e.classes == {"Event"}], \
        labels_of_events(x)
    assert (_launches(x)[0].label, "launchVehicle", "Zephra-1") in triples(x), triples(x)


@pytest.mark.parametrize("text, name", [
    ("Halvik-2 placed an order with the Orvane company on 4 May 2025.", "Halvik-2"),
    ("The Orvane company delivered the Tessa-1 camera to ESA in May.", "Tessa-1"),
])
def test_placing_or_delivering_without_an_orbit_is_no_launch(read, text, name):
    x = read(text)
    assert "LaunchVehicle" not in classes_of(x, name) and not _launches(x), (classes_of(x, name), labels_of_events(x))
    assert not any(p == "launchVehicle" for _, p, _ in triples(x)), triples(x)


@pytest.mark.parametrize("text, craft", [
    ("The Zephra-1 rocket placed 12 satellites into orbit, including Lumo-2 and Lumo-3.", ["Lumo-2", "Lumo-3"]),
    ("The Zephra-1 rocket placed 12 satellites, including Lumo-2 and Lumo-3, into orbit.", ["Lumo-2", "Lumo-3"]),
    ("The Zephra-1 rocket successfully delivered its payload, the Lumo-2 satellite, into orbit.", ["Lumo-2"]),
    ("The Zephra-1 rocket deployed the Lumo-2 and Lumo-3 satellites into their target orbits on 4 May 2026.",
     ["Lumo-2", "Lumo-3"]),
])
def test_listed_apposed_or_deployed_craft_went_up_on_the_launcher(read, text, craft):
    got = triples(read(text))
    for c in craft:
        assert (c, "launchVehicle", "Zephra-1") in got, got


def test_a_deployment_into_orbit_is_no_launch(read):
    x = read("The Zephra-1 rocket deployed the Lumo-2 and Lumo-3 satellites into their target orbits on 4 May 2026.")
    assert not _launches(x), labels_of_events(x)


def test_a_craft_releasing_a_cubesat_is_no_launcher(read):
    x = read("The Kestrel-3 spacecraft released the Pico-1 cubesat into orbit on 4 May 2026.")
    assert "LaunchVehicle" not in classes_of(x, "Kestrel-3"), classes_of(x, "Kestrel-3")
    assert not any(p == "launchVehicle" for _, p, _ in triples(x)), triples(x)
