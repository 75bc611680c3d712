"""A coined name the tagger takes for an adjective, before a lower-case class noun of a craft or an instrument, is
a name ("the Zephyra space telescope"); nationalities, regions' and planets' adjectives are not (extract/coined.py,
lexicon REGION_ADJECTIVES). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls", [
    ("Astronomers using the Zephyra space telescope have detected water vapour.", "Zephyra", "Satellite"),
    ("The Zephyra space telescope was launched in 2023.", "Zephyra", "Satellite"),
    ("The Orvina lander touched down on the Moon.", "Orvina", "Lander"),
])
def test_a_coined_adjective_before_a_class_noun_is_a_name(read, text, name, cls):
    got = read(text)
    assert classes_of(got, name) == {cls}, labels(got)


def test_the_coined_telescope_takes_part_in_its_launch(read):
    found = triples(read("The Zephyra space telescope was launched in 2023."))
    assert any(p == "participant" and o == "Zephyra" for s, p, o in found), found


@pytest.mark.parametrize("text, word", [
    ("The European probe and the Italian satellite were launched in 2023.", "European"),
    ("The Nordic satellite was launched in 2023.", "Nordic"),
    ("The Martian moons are the targets of the mission.", "Martian"),
])
def test_nationalities_and_regions_are_no_names(read, text, word):
    assert word not in labels(read(text))
