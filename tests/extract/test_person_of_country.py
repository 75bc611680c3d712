"""A person set beside a country by "of" or "from" is of that country: "Luca Ferrante of Italy", "Hanna Lindqvist
of Sweden" (dep:person-of-country, rules/people_countries.py). A country that owns a body ("of France's CNES") is
the body's; a title "of" a country names no person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, country", [
    ("Ferrante will succeed Hanna Lindqvist of Sweden.", "Hanna Lindqvist", "Sweden"),
    ("The Council elected Luca Ferrante of Italy as its Chair.", "Luca Ferrante", "Italy"),
    ("Luca Ferrante of Italy and Hanna Lindqvist of Sweden signed the report.", "Hanna Lindqvist", "Sweden"),
    ("The prize went to Mary Lee of the United States.", "Mary Lee", "United States"),
])
def test_a_person_of_a_country_has_that_country(read, text, person, country):
    got = triples(read(text))
    assert (person, "country", country) in got, sorted(got)


@pytest.mark.parametrize("text, person", [
    ("Tom Hale of France's CNES spoke.", "Tom Hale"),
    ("Tom Hale met the President of France in Paris.", "Tom Hale"),
])
def test_no_country_for_a_person_beside_a_body_or_a_title(read, text, person):
    got = triples(read(text))
    assert not any(s == person and p == "country" for s, p, _ in got), sorted(got)
