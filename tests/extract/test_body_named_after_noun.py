"""A body's class noun before a known name of another kind names a body, not the known thing: "the star Vega" is
no Vega rocket (gazetteer.choose_entry, as "the Europa lander" is no moon); "a Vega rocket" stays the rocket.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name, cls", [
    ("The Vela probe observed the star Vega in May.", "Vega", "Star"),
    ("The satellite was launched on a Vega rocket.", "Vega", "LaunchVehicle"),
    ("The Hayabusa2 probe studied the asteroid Ryugu.", "Ryugu", "Asteroid"),
])
def test_the_noun_before_a_known_name_chooses_its_kind(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name) and (cls == "LaunchVehicle" or "LaunchVehicle" not in classes_of(got, name)), \
        (classes_of(got, name), labels(got))
