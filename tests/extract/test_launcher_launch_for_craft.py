"""A name set before a launch noun that is "for" a craft ("booked a dedicated Sirocco launch for its Ferox-1
satellite", "a Valkor-1 launch for the Kelpra-2 satellite") is the launcher sold, not a launch
(head_nouns._launch_for_craft); that launch, when it is an event, carries the craft it is for (participant) on
that launcher (rules/launch_flights.py). A name before a launch noun with no such phrase is left as it was.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, rocket", [
    ("DLR has booked a dedicated Sirocco launch for its Ferox-1 satellite in 2028.", "Sirocco"),
    ("The agency has purchased a Valkor-1 launch for the Kelpra-2 satellite.", "Valkor-1"),
    ("Polaris Connect signed a contract for a Valkor-1 launch for its Lyrion-3 mission.", "Valkor-1"),
])
def test_the_name_before_a_launch_for_a_craft_is_a_launcher(read, text, rocket):
    got = read(text)
    assert "LaunchVehicle" in classes_of(got, rocket) and "Launch" not in classes_of(got, rocket), \
        classes_of(got, rocket)


def test_the_launch_carries_the_craft_it_is_for(read):
    got = triples(read("DLR has booked a dedicated Sirocco launch for its Ferox-1 satellite in 2028."))
    assert ("Ferox-1", "launchVehicle", "Sirocco") in got, got
    assert any(p == "participant" and o == "Ferox-1" for _, p, o in got), got


def test_a_launch_for_a_craft_without_a_name_before_it_makes_no_launcher(read):
    got = read("The launch for the Kelpra-2 satellite is planned for 2027.")
    assert not any("LaunchVehicle" in e.classes for e in got.entities.values())
