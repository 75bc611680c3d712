"""A world region's adjective before a name that a made thing's class noun follows is no part of the name, as a
nationality there is not: "the European Argonaut lander" is Argonaut (lexicon ``WORLD_REGION_ADJECTIVES``,
nationality_words.past_joint_nationality; session 36). A class noun in capitals keeps it in the name. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, name", [
    ("ESA signed a contract for the European Argonaut lander.", "Argonaut"),
    ("The African Vela satellite took its first images.", "Vela"),
    ("The contract covers the Asian Orla rover and its cameras.", "Orla"),
])
def test_a_region_adjective_is_no_part_of_the_name(read, text, name):
    got = labels(read(text))
    assert name in got and not any(label.endswith(" " + name) for label in got), got


@pytest.mark.parametrize("text, name", [
    ("The European Large Logistic Lander will fly in 2031.", "European Large Logistic Lander"),
    ("The Arctic Weather Satellite was launched in 2024.", "Arctic Weather Satellite"),
])
def test_a_name_in_capitals_to_its_class_noun_keeps_it(read, text, name):
    assert name in labels(read(text))
