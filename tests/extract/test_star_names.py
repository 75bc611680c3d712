"""A star's name the model starts late ("the nearby star Beta Pictoris", a Bayer designation: a Greek
letter and its constellation) is the whole name, as a person's name the model starts late is."""

import pytest


@pytest.mark.parametrize("text, name", [
    ("The planet orbits the nearby star Beta Pictoris.", "Beta Pictoris"),
    ("Webb observed the young star Gamma Velorum in 2025.", "Gamma Velorum"),
])
def test_a_star_name_is_whole(read, text, name):
    labels = {e.label for e in read(text).entities.values()}
    assert name in labels


def test_a_title_before_a_one_word_name_is_not_the_name(read):
    labels = {e.label for e in read("Mr Smith and Dr. Jones met in Paris.").entities.values()}
    assert not any(label.startswith(("Mr", "Dr")) for label in labels)
