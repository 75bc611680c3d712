"""A known body of any class before a title opens a person's name ("Thales Alenia Space CEO Anna Lind",
mentions._without_agency_prefix), and a country after a place may take its article ("Noordwijk, the
Netherlands", relations.names_with_places). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, person, company", [
    ("The contract was signed by Thales Alenia Space CEO Anna Lind.", "Anna Lind", "Thales Alenia Space"),
    # the tagger takes this name for a product: the proper-noun run holds the company, the title and the name
    ("The contract was signed by Thales Alenia Space CEO Hervé Derrey.", "Hervé Derrey", "Thales Alenia Space"),
    ("Airbus Defence and Space CEO Tomas Berg visited the site on 3 May.", "Tomas Berg", "Airbus Defence and Space"),
])
def test_a_company_before_a_title_is_no_part_of_the_name(read, text, person, company):
    got = read(text)
    assert "Person" in classes_of(got, person), sorted(triples(got))
    assert (person, "headOf", company) in triples(got), sorted(triples(got))


@pytest.mark.parametrize("text, city, country", [
    ("The meeting took place in Noordwijk, the Netherlands, on 3 May.", "Noordwijk", "Netherlands"),
    ("The workshop was held in Bremen, the Federal Republic of Germany, on 3 May.", "Bremen", "Germany"),
])
def test_a_country_after_a_place_with_its_article(read, text, city, country):
    got = read(text)
    assert (city, "locatedIn", country) in triples(got), sorted(triples(got))


def test_an_apposition_after_a_place_is_no_country(read):
    got = read("The ministers met in Paris, the French capital, on 3 May.")
    assert not [x for x in triples(got) if x[0] == "Paris" and x[1] == "locatedIn"], sorted(triples(got))
