"""A nationality on a title with a portfolio qualifies the title's holder: "French Minister for Research Philippe
Baptiste", "the Italian President of ASI, Teodoro Valente" (rules/nationalities.py, dep:nationality-modifier;
session 36). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, country", [
    ("French Minister for Research Philippe Baptiste visited CNES.", "Philippe Baptiste", "France"),
    ("The Norwegian Minister of Trade, Kari Holm, opened the station.", "Kari Holm", "Norway"),
    ("The Italian President of ASI, Teodoro Valente, met ESA.", "Teodoro Valente", "Italy"),
    ("Slovak Minister of Education Tomáš Drucker signed the agreement.", "Tomáš Drucker", "Slovakia"),
])
def test_a_nationality_on_a_portfolio_title_is_its_holders(read, text, person, country):
    assert (person, "country", country) in triples(read(text))


@pytest.mark.parametrize("text, person", [
    ("The French Minister of Research met Kari Holm.", "Kari Holm"),  # the one met holds no title here
    ("The Norwegian Space Agency's director, a friend of Kari Holm, spoke.", "Kari Holm"),
])
def test_a_name_outside_the_title_takes_no_nationality(read, text, person):
    assert not any(s == person and p == "country" for s, p, _ in triples(read(text)))
