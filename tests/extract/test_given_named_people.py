"""A name of two or three capitalized words whose first word is a given name of one gender (lexicon
people.toml) and no word a class noun is a person's, whatever the model took it for: "Ingrid Vassmo succeeds
Peter Harkland" (genders.given_named). A body or a place with a class noun or a field word in its name stays
what it is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Ingrid Vassmo succeeds Peter Harkland, who is retiring.", "Ingrid Vassmo"),
    ("Ana Ruiz takes over as Director of the Orla Research Institute.", "Ana Ruiz"),
])
def test_a_given_name_makes_a_person(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Person"}, classes_of(got, name)


def test_the_person_then_holds_the_post(read):
    got = triples(read("Ana Ruiz takes over as Director of the Orla Research Institute."))
    assert ("Ana Ruiz", "headOf", "Orla Research Institute") in got, sorted(got)


@pytest.mark.parametrize("text, name, cls", [
    ("Victoria Station is in London.", "Victoria Station", "Facility"),
    ("Maria Space Systems builds satellites.", "Maria Space Systems", "Company"),
    ("The Paul Scherrer Institute will build the detector.", "Paul Scherrer Institute", "ResearchInstitute"),
])
def test_a_name_with_a_class_noun_stays_a_thing(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name) and "Person" not in classes_of(got, name), classes_of(got, name)
