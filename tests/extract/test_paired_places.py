"""Places listed in pairs, each with its own place ("New Norcia in Australia and Malargue in Argentina"): the
parser coordinates the second name with the first one's country and hangs the second "in" on the first name,
which seemed to be in both countries and in the second name; the second name, listed "with countries", became
one (extract/paired_places.py, read by rules/relations.py and trade_names.listed_like). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples

_PAIRS = [
    "The station works with New Norcia in Australia and Malargue in Argentina.",
    "The network includes New Norcia in Australia, Cebreros in Spain and Malargue in Argentina.",
]


@pytest.mark.parametrize("text", _PAIRS)
def test_the_first_of_a_pair_is_in_its_own_place_only(read, text):
    got = triples(read(text))
    assert ("New Norcia Station", "locatedIn", "Australia") in got, got
    assert not any(s == "New Norcia Station" and o in ("Argentina", "Malargue", "Spain") for s, p, o in got), got


@pytest.mark.parametrize("text", _PAIRS)
def test_the_second_of_a_pair_is_no_country_and_is_in_its_place(read, text):
    got = read(text)
    assert "Country" not in classes_of(got, "Malargue"), classes_of(got, "Malargue")
    assert ("Malargue", "locatedIn", "Argentina") in triples(got), triples(got)


def test_places_after_a_plural_noun_keep_their_reading(read):
    got = triples(read("ESA operates stations in Kiruna in Sweden and Redu in Belgium."))
    assert ("Redu", "locatedIn", "Belgium") in got, got
    assert ("Kiruna", "locatedIn", "Sweden") in got, got


def test_a_place_listed_with_countries_only_is_still_one(read):
    got = read("Norway and Kelmar signed an agreement.")
    assert "Country" in classes_of(got, "Kelmar"), classes_of(got, "Kelmar")
