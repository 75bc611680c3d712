"""A town set beside "the capital of X" or beside a town noun ranked by a superlative or an ordinal ("the largest
city of X", "the second city of X") lies in X, and X is no town (lexicon CAPITAL_NOUNS, PLACE_OF_NOUNS;
Tree.ranked). "The city of Torvik" still names Torvik. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, town, place", [
    ("The ceremony took place in Arvelle, the capital of Meridia, on Monday.", "Arvelle", "Meridia"),
    ("The two ministers met in Solvenna, the capital of Arkadia.", "Solvenna", "Arkadia"),
    ("The ceremony took place in Brevik, the largest city of Kestria, on Monday.", "Brevik", "Kestria"),
    ("Orbix opened a plant in Brevik, the second city of Kestria.", "Brevik", "Kestria"),
])
def test_a_capital_lies_in_the_place_it_is_the_capital_of(read, text, town, place):
    got = read(text)
    assert (town, "locatedIn", place) in triples(got), triples(got)
    assert "City" not in classes_of(got, place)


def test_the_city_of_a_name_is_still_that_city(read):
    got = read("The rally took place in the city of Torvik on Monday.")
    assert "City" in classes_of(got, "Torvik")
    assert not any(p == "locatedIn" and s == o for s, p, o in triples(got))


def test_a_capital_of_a_body_is_no_place(read):
    got = read("The firm raised its capital of 40 million euros in Brevik.")
    assert not any(p == "locatedIn" and o != "Brevik" for s, p, o in triples(got)), triples(got)
