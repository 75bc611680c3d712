"""A person-shaped name the model reads as a place or an organization is a person when the text says what only
a person does (names.context_class, described_names.person_deed and given_a_post, lexicon PERSON_DEEDS)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ('"This is a milestone," Zanele Mbeki said.', "Zanele Mbeki"),  # the model: a place
    ("Amara Okafor said the mission was ready.", "Amara Okafor"),  # the model: a place
    ("Lindiwe Dlamini was appointed Director of the agency.", "Lindiwe Dlamini"),  # the model: an organization
])
def test_rules_person_deeds_a_person_shaped_name_doing_what_people_do_is_a_person(read, text, name):
    assert classes_of(read(text), name) == {"Person"}, [(e.label, e.classes) for e in read(text).entities.values()]


@pytest.mark.parametrize("text, name, cls", [
    ("The crew landed in Amara Okafor on Monday.", "Amara Okafor", "Place"),  # no deed: the model's place stays
    ('"It works," Lindiwe Dlamini said.', "Lindiwe Dlamini", "Organization"),  # companies say things too
])
def test_rules_person_deeds_no_deed_no_person(read, text, name, cls):
    assert classes_of(read(text), name) == {cls}, [(e.label, e.classes) for e in read(text).entities.values()]
