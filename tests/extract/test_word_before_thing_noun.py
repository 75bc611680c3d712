"""A made-up capitalized word inside a sentence that the tagger took for a common noun (or a nationality) and that
modifies the lower-case class noun of a made thing right after it ("24 additional Lyrion satellites", "develop
the Caldera rocket") is that thing's name, typed by the noun (described_names.word_before_thing_noun). A word
before a noun of no made thing, or a lower-case one, is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls", [
    ("Polaris Connect has ordered 24 additional Lyrion satellites from Stellarch Aerospace.", "Lyrion", "Satellite"),
    ("Orbix Dynamics will develop the Caldera rocket for ESA.", "Caldera", "LaunchVehicle"),
    ("The first batch of Lyrion satellites was delivered to Polaris Connect in January 2026.", "Lyrion",
     "Satellite"),
])
def test_a_word_before_a_thing_noun_is_its_name(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), labels(got)


def test_the_named_rocket_gets_its_maker(read):
    got = triples(read("Orbix Dynamics will develop the Caldera rocket for ESA."))
    assert ("Caldera", "providedBy", "Orbix Dynamics") in got, got


@pytest.mark.parametrize("text, word", [
    ("The company builds Earth observation satellites.", "observation"),
    ("The Kelpra team visited the Orbix factory.", "Kelpra"),
])
def test_no_thing_noun_no_name(read, text, word):
    got = read(text)
    assert not any(e.label == word and e.classes & {"Satellite", "LaunchVehicle", "Spacecraft"}
                   for e in got.entities.values()), labels(got)


def test_a_fields_word_before_a_class_noun_is_no_name(read):
    """("Navigation satellites": a kind of satellite, lexicon FIELD_NOUNS; written for this test.)"""
    got = read("Halcyon ordered two Navigation satellites from Stellarch.")
    assert "Navigation" not in {e.label for e in got.entities.values()}
