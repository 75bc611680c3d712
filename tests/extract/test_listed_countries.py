"""A word the model took for a place, listed with countries only, is a country ("Norway and Kelmar signed an
agreement": trade_names.listed_like); listed with towns it stays a place. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_a_place_listed_with_a_country_is_a_country(read):
    got = read("Norway and Kelmar signed an agreement on space cooperation in Oslo on 3 May.")
    assert classes_of(got, "Kelmar") == {"Country"}
    assert any(p == "signatory" and o == "Kelmar" for _, p, o in triples(got)), triples(got)


def test_a_place_listed_with_a_town_stays_a_place(read):
    assert classes_of(read("Delegations from Oslo and Kelmar met in Paris."), "Kelmar") == {"Place"}
