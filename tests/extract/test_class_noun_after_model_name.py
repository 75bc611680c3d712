"""The language model's name often runs on over the class noun after it ("On the same day, [the Aldebra-2
satellite], operated by ..."); a lowercase class noun after a name is no part of the name, which stays what
other sentences call it (mentions._model_entities). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name, cls", [
    ("On the same day, the Aldebra-2 satellite, operated by the Hellenic Space Centre, completed a controlled "
     "re-entry.", "Aldebra-2", "Satellite"),
    ("On 3 May, the Kestrel satellite, built by OHB, was launched.", "Kestrel", "Satellite"),
])
def test_the_class_noun_is_no_part_of_the_name(read, text, name, cls):
    got = read(text)
    assert name in labels(got), labels(got)
    assert cls in classes_of(got, name), classes_of(got, name)
    assert f"{name} satellite" not in labels(got), labels(got)


@pytest.mark.parametrize("text, name", [
    ("The Hellenic Space Centre operates the satellite.", "Hellenic Space Center"),
    ("The Norvik Control Centre controls the probe.", "Norvik Control Centre"),
])
def test_a_capitalised_class_noun_stays_in_the_name(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)
