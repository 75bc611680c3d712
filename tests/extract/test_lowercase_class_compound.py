"""A class noun the tagger takes for a name's first word, written lowercase ("the start-up Orbitclean"), is a
common noun that types the name beside it, as "the company Orbitclean" does (described_names.described_class).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The mission is led by the start-up Orbitclean.", "Orbitclean"),
    ("The Clearsky-1 mission, led by the start-up Orbitclean, will remove a satellite.", "Orbitclean"),
    ("The camera was built by the start-up Lensar.", "Lensar"),
])
def test_a_lowercase_class_noun_types_the_name(read, text, name):
    got = read(text)
    assert "Company" in classes_of(got, name), classes_of(got, name)


def test_a_mission_led_by_a_start_up_is_its_operated_by(read):
    got = read("The Clearsky-1 mission, led by the start-up Orbitclean, will remove a satellite.")
    assert ("Clearsky-1", "operatedBy", "Orbitclean") in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The Start-Up Orbitclean Award was given to a student.", "Orbitclean"),
])
def test_a_capitalised_name_word_stays_in_the_name(read, text, name):
    got = read(text)
    assert "Company" not in classes_of(got, name), classes_of(got, name)
