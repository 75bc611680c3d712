"""A country's agency named by its country (rules/national_agencies.py, dep:national-agency,
NATIONAL_BODY_NOUNS): the agency told of before that is of the country, else the knowledge base's agency the
phrase names, else the country's one space agency. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, agency, country", [
    ("Italy's space agency will provide the Zephyr camera.", "ASI", "Italy"),
    ("The German agency will provide the Zephyr camera.", "DLR", "Germany"),
    ("The Japanese agency will provide the Zephyr camera.", "JAXA", "Japan"),
    ("Peru's agency will provide the Zephyr camera.", "CONIDA", "Peru"),
])
def test_the_countrys_agency_when_none_is_named(read, text, agency, country):
    got = triples(read(text))
    assert ("Zephyr", "providedBy", agency) in got, sorted(got)
    assert (agency, "country", country) in got, sorted(got)


def test_two_national_agencies_sign(read):
    got = triples(read("Mexico's space agency and Peru's agency signed an agreement on the Kuntur satellite."))
    assert {("Mexican Space Agency", "partnerOf", "CONIDA"), ("CONIDA", "partnerOf", "Mexican Space Agency")} & got, \
        sorted(got)


def test_an_adjective_of_the_agencys_name_takes_it_back(read):
    got = triples(read("ESA and JAXA met in Paris on 3 May.\n\nThe European agency will provide the Zephyr camera."))
    assert ("Zephyr", "providedBy", "ESA") in got, sorted(got)
    assert ("Zephyr", "providedBy", "JAXA") not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "A German agency will provide the Zephyr camera.",
    "The German research agency will provide the Zephyr camera.",
    "The European agency will provide the Zephyr camera.",
])
def test_no_agency_for_other_wordings(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "providedBy"], sorted(got)
