"""A planet named by its star's name and a letter ("Tarsis b", "Kepler-1649 c") keeps its letter (name_ends.number_end),
and a name the parser hangs after a class noun on a later word ("the red dwarf Tarsis 40 light-years from Earth")
takes that noun's class (head_nouns.head_noun_class). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("Astronomers detected water vapour in the atmosphere of the exoplanet Tarsis b, a super-Earth.", "Tarsis b"),
    ("The planet Kepler-1649 c orbits a red dwarf.", "Kepler-1649 c"),
])
def test_a_planet_keeps_its_letter(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Planet"}, labels(got)


def test_the_star_after_its_class_noun_and_its_planet(read):
    got = read("Astronomers studied the exoplanet Tarsis b, a super-Earth orbiting the red dwarf Tarsis 40 "
               "light-years from Earth.")
    assert classes_of(got, "Tarsis") == {"Star"}, labels(got)
    assert ("Tarsis b", "orbits", "Tarsis") in triples(got)


@pytest.mark.parametrize("text", [
    "Plan b was approved by the Vela Space Agency.",  # a capital letter's word, no star before
    "The Vela Space Agency and b. Halvorsen signed.",
])
def test_a_letter_after_other_words_is_no_planet(read, text):
    assert not any("Planet" in e.classes for e in read(text).entities.values())
