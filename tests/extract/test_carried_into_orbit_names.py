"""An unknown name a launcher carries, lifts or hauls into orbit ("The Valkor-1 rocket will carry Kelpra-2 into
orbit") is a craft, as one a launcher places into orbit is (placing.placed_class), and goes up on that launcher.
Only with a launcher's noun as subject and an orbit phrase: a craft carries its instruments into orbit too, and a
rocket carried to a town is transported. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, rocket", [
    ("The Valkor-1 rocket will carry Kelpra-2 into orbit.", "Kelpra-2", "Valkor-1"),
    ("The Valkor-1 rocket will carry Kelpra-2 and Nimba-1 into orbit.", "Nimba-1", "Valkor-1"),
    ("The Valkor-1 rocket will carry Kelpra-2 and four rideshare satellites into orbit.", "Kelpra-2", "Valkor-1"),
    ("The Vela rocket carried Tessa-3 and Orn-2 into a sun-synchronous orbit on 4 May 2020.", "Orn-2", "Vela"),
])
def test_a_name_a_launcher_carries_into_orbit_is_a_craft_on_it(read, text, craft, rocket):
    got = read(text)
    assert "Spacecraft" in classes_of(got, craft), classes_of(got, craft)
    assert (craft, "launchVehicle", rocket) in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The Kelpra-2 satellite will carry Tessa-3 into orbit.", "Tessa-3"),
    ("The Valkor-1 rocket will carry Kelpra-2 to Kourou.", "Kelpra-2"),
])
def test_no_launcher_or_no_orbit_no_craft(read, text, name):
    got = read(text)
    assert "Spacecraft" not in classes_of(got, name), classes_of(got, name)
