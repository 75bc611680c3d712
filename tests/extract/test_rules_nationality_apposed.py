"""A nationality on a worker noun or title right before a person's name is the person's, however the parser
joins them ("The German astronaut Anna Lind": the name as the noun's apposition; relations._title_before_name).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, country", [
    ("The German astronaut Anna Lind will fly to the ISS.", "Anna Lind", "Germany"),
    ("The Italian engineer Marco Conti designed the antenna.", "Marco Conti", "Italy"),
])
def test_nationality_of_a_named_worker(read, text, person, country):
    got = triples(read(text))
    assert (person, "country", country) in got, sorted(got)


def test_no_nationality_for_someone_else_named_later(read):
    got = triples(read("The German astronaut met Anna Lind."))
    assert not [x for x in got if x[1] == "country" and x[0] == "Anna Lind"], sorted(got)


@pytest.mark.parametrize("text", [
    "Anna Lind is a French astronaut.",
    "ESA astronaut Anna Lind is the second French woman to fly to space.",
])
def test_nationality_of_a_predicate_noun(read, text):
    """relations._copula_person: a person's predicate noun (a title, a worker noun, PERSON_NOUNS) with a
    nationality gives the subject that country."""
    got = triples(read(text))
    assert ("Anna Lind", "country", "France") in got, sorted(got)
