"""A country after a place's comma that opens a list of countries is no country of that place: "institutes in
Europe, Japan and the United States", "instruments from Toulouse, Japan and Canada" (rules/relations.py
pattern:place-comma-country). "Paris, France and Tokyo, Japan" are still two towns in their countries.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Scientists from institutes in Europe, Japan and the United States took part.",
    "The probe has instruments from Toulouse, Japan and Canada.",
    "Delegates came from Kelmar, Norway, and Sweden.",
])
def test_a_list_of_countries_places_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" for _, p, _ in got), got


@pytest.mark.parametrize("text, place, country", [
    ("Researchers in Paris, France and Tokyo, Japan analysed the data.", "Paris", "France"),
    ("Researchers in Paris, France and Tokyo, Japan analysed the data.", "Tokyo", "Japan"),
    ("The meeting took place in Seville, Spain and was attended by ESA.", "Seville", "Spain"),
])
def test_a_town_and_its_country_still_place_it(read, text, place, country):
    assert (place, "locatedIn", country) in triples(read(text))
