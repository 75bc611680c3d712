"""A class noun with a name of its own after it ("the Kestrian radar satellite Lumen-1", "Kestria's SAR satellite
Lumen-1") gives its class to that name only: a word before the noun (a nationality the knowledge base lacks, a
technology's short name, a maker) is no second satellite (head_nouns.named_after, coined.py). A lone name that
owns something ("Kestria's coastline", "Valdoria's SAR satellite") is still read; "the Agency's director" is the
body told of before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, modifier", [
    ("The data come from the Kestrian radar satellite Lumen-1.", "Kestrian"),
    ("Images from Kestria's SAR satellite Lumen-1 will be processed in Port Selby.", "SAR"),
    ("The Valdorian weather satellite Nimbo-3 was launched in May.", "Valdorian"),
])
def test_a_word_before_a_named_class_noun_is_no_craft(read, text, modifier):
    got = read(text)
    assert not {"Satellite", "Spacecraft", "Mission"} & classes_of(got, modifier), classes_of(got, modifier)
    name = next(w for w in text.split() if "-" in w and w[0].isupper()).rstrip(".")
    assert classes_of(got, name) & {"Satellite", "Spacecraft"}, classes_of(got, name)


def test_a_coined_name_before_its_class_noun_is_still_the_craft(read):
    got = read("The Zephyra space telescope found water vapour on a distant planet.")
    assert "Zephyra" in labels(got)


def test_a_short_name_in_brackets_does_not_take_the_class_noun_from_the_name(read):
    got = read("Two instruments will be on board: a Microchannel X-ray Telescope (MXT) and a Visible Telescope (VT).")
    # (the short name defines the words before it: both read alike, as before this class was added)
    assert classes_of(got, "Microchannel X-ray") == classes_of(got, "MXT"), labels(got)


@pytest.mark.parametrize("text, owner", [
    ("The satellite will monitor Kestria's coastline.", "Kestria"),
    ("Images from Kestria's SAR satellite Lumen-1 will be processed in Port Selby.", "Kestria"),
])
def test_a_lone_owner_is_a_name(read, text, owner):
    got = read(text)
    assert owner in labels(got), labels(got)


def test_a_capitalized_class_noun_that_owns_is_no_name(read):
    got = read("She met Josef Aschbacher, who is Director of Earth Observation at ESA and the Agency's "
               "Director General elect.")
    assert "Agency" not in labels(got), labels(got)
