"""An unknown name said to be a class noun written with a capital ("a CubeSat") takes its class, as a lower-case
class noun gives it ("a small satellite"): doing.role_class through described_names.class_word. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("KelSat-1 is a CubeSat built by students.", "KelSat-1"),
    ("Orvin is a three-unit CubeSat.", "Orvin"),
    ("KelSat-1 is a small satellite built by students.", "KelSat-1"),
])
def test_a_name_said_to_be_a_cubesat_is_a_satellite(read, text, name):
    assert classes_of(read(text), name) == {"Satellite"}


def test_a_capitalized_name_after_the_copula_is_no_class_noun(read):
    got = read("The winner is a team from Kelmar University.")
    assert "Satellite" not in {c for e in got.entities.values() for c in e.classes}
