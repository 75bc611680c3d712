"""Heads of government, heads of state and cabinet members from a title that names their country
(rules/state_heads.py, lexicon GOVERNMENT_HEAD_TITLES, STATE_HEAD_TITLES, CABINET_TITLES): a prime minister heads
the Government of <country>, not a "Ministry of <country>". Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, government, country", [
    ("The Prime Minister of Portugal, Rui Tavares, visited ESA on 3 May.", "Rui Tavares", "Government of Portugal",
     "Portugal"),
    ("Portuguese Prime Minister Rui Tavares toured the Vela control centre.", "Rui Tavares",
     "Government of Portugal", "Portugal"),
    ("Lena Berg, Sweden's Prime Minister, opened the new test hall in Kiruna.", "Lena Berg", "Government of Sweden",
     "Sweden"),
    ("The agreement was signed with the Prime Minister of Japan, Ken Abe.", "Ken Abe", "Government of Japan",
     "Japan"),
])
def test_a_prime_minister_heads_the_government(read, text, person, government, country):
    got = triples(read(text))
    assert (person, "headOf", government) in got, sorted(got)
    assert (government, "country", country) in got, sorted(got)
    assert not [x for x in got if x[2].startswith("Ministry of")], sorted(got)


def test_a_government_named_before_is_the_one_headed(read):
    got = triples(read("Rui Tavares, Portugal's Prime Minister, thanked the Portuguese government."))
    assert ("Rui Tavares", "headOf", "Portuguese government") in got, sorted(got)
    assert not [x for x in got if x[2] == "Government of Portugal"], sorted(got)


@pytest.mark.parametrize("text, person, country", [
    ("Kenya's Cabinet Secretary for Defence, Aden Duale, attended the launch.", "Aden Duale", "Kenya"),
    ("Ghana's Cabinet Minister for Communications Ama Owusu attended the signing.", "Ama Owusu", "Ghana"),
])
def test_a_cabinet_title_makes_a_member_of_the_government(read, text, person, country):
    got = triples(read(text))
    assert (person, "memberOf", f"Government of {country}") in got, sorted(got)
    assert (person, "country", country) in got, sorted(got)


@pytest.mark.parametrize("text, person, country", [
    ("The President of Chile, Ana Soto, visited the Vela control centre.", "Ana Soto", "Chile"),
    ("The agency hosted Ana Soto, President of Chile, on 4 June.", "Ana Soto", "Chile"),
])
def test_a_president_of_a_country_is_of_it(read, text, person, country):
    got = triples(read(text))
    assert (person, "country", country) in got, sorted(got)
    assert not [x for x in got if x[1] == "headOf"], sorted(got)


@pytest.mark.parametrize("text", [
    "CNES President Ana Soto visited ESA.",
    "The Vice President of Chile, Ana Soto, visited ESA.",
    "Prime Minister Rui Tavares visited ESA.",  # no country named
    "The Minister of Science of Peru, Rosa Vega, visited ESA.",
])
def test_no_government_without_a_head_title_and_a_country(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[0].startswith("Government of") or x[2].startswith("Government of")], sorted(got)
