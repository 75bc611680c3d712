"""A craft's word first in a body's name of three words or more tells what the body is about, not what it is
(session 23, head_nouns.head_noun_class): "the Satellite Applications Catapult" is a body, not a satellite;
"Expedition 73" (a flight by number) and "Satellite of Love" (the word before "of") keep the word's class.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("The consortium includes the University of Halden and the Satellite Applications Catapult.",
     "Satellite Applications Catapult"),
    ("The Rocket Propulsion Forum met in Lund on 3 May.", "Rocket Propulsion Forum"),
])
def test_body_named_after_craft_is_no_craft(read, text, name):
    got = classes_of(read(text), name)
    assert got and not got & {"Satellite", "Spacecraft", "LaunchVehicle", "Rocket", "Instrument"}, got


def test_class_word_before_of_keeps_its_class(read):
    assert "Satellite" in classes_of(read("The Satellite of Orvik was launched in 2025."), "Satellite of Orvik")
