"""A region's word before a facility noun ("a new Arctic station", "a new Atlantic ground station") names no
facility: it was typed a facility called "Arctic" (head_nouns.head_noun_class, lexicon REGION_ADJECTIVES).
A name that goes on past the word ("the Arctic Weather Satellite", "the Atlantic Space Centre") keeps its
class. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, word", [
    ("Norvanta Ground Network to track Helion navigation satellites from new Arctic station", "Arctic"),
    ("Norvanta Systems will track the satellites from a new Arctic station.", "Arctic"),
    ("Norvanta Systems will build a new Atlantic ground station.", "Atlantic"),
])
def test_a_region_word_before_a_facility_noun_is_no_facility(read, text, word):
    got = read(text)
    assert "Facility" not in classes_of(got, word), classes_of(got, word)


@pytest.mark.parametrize("text, name, cls", [
    ("The Arctic Weather Satellite was launched in 2024.", "Arctic Weather Satellite", "Satellite"),
    ("The Atlantic Space Centre opened in 2020.", "Atlantic Space Centre", "Facility"),
])
def test_a_name_past_the_region_word_keeps_its_class(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), classes_of(got, name)
