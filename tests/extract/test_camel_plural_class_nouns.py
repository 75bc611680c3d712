"""A class noun written with an inner capital is a common noun in the plural too: "twelve CubeSats" are CubeSats,
no name (tree._plural_head, Tree.camel_plural), and a name said to be "one of" them is of their class
(entities.retype_by_predicates, predicated_names): "Nova-3 was one of twelve CubeSats launched on the PSLV-C58
mission" made Nova-3 an organization and "CubeSats" a spacecraft of its own. A name of plural words stays a name
("Atlantis Rockets"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("Nova-3 was one of twelve CubeSats launched on the PSLV-C58 mission.", "Nova-3"),
    ("Lumio-3 is one of six CubeSats built by students of the University of Lorvik.", "Lumio-3"),
    ("KestrelSat was one of the CubeSats released from the Kibo module.", "KestrelSat"),
])
def test_one_of_the_cubesats_is_a_satellite(read, text, name):
    got = read(text)
    assert "Satellite" in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text", [
    "Nova-3 was one of twelve CubeSats launched on the PSLV-C58 mission.",
    "The two CubeSats were built by students of the University of Lorvik.",
])
def test_the_plural_class_noun_is_no_name(read, text):
    got = read(text)
    assert "CubeSats" not in labels(got), labels(got)


def test_a_plural_name_stays_a_name(read):
    got = read("Atlantis Rockets signed a contract with the Kestrian Space Agency.")
    assert "Atlantis Rockets" in labels(got), labels(got)
