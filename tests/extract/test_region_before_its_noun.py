""""The Serrano province of Chile", "the Attica region of Greece", "Chile's Serrano province": a region named
before its lowercase place noun (lexicon PLACE_OF_NOUNS, class Place) lies in the country the noun is of
(rules/region_nouns.py). A body after "of" is no wider place; a town's noun takes no name before it here.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, region, country", [
    ("The charter was activated for floods in the Serrano province of Chile.", "Serrano", "Chile"),
    ("Fires broke out in the Attica region of Greece on Monday.", "Attica", "Greece"),
    ("Heavy rain fell in Chile's Serrano province.", "Serrano", "Chile"),
    ("The floods hit the Serrano province of Chile.", "Serrano", "Chile"),
])
def test_a_region_named_before_its_noun_lies_in_the_country(read, text, region, country):
    got = triples(read(text))
    assert (region, "locatedIn", country) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Kansai region of JAXA is large.",
    "The Serrano province team of ESA mapped the floods.",
])
def test_a_body_after_of_is_no_wider_place(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" for s, p, o in got), sorted(got)
