"""A noun after "is" describes its subject as an apposition does: "the Andes Space Agency is Chile's national
space agency" and "... is the space agency of Chile" give the agency its country, as "X, Chile's national
space agency," does (rules/copulas.py, read by dep:nationality-modifier and dep:of-country). Only a noun
whose class agrees with the subject's passes it on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("The Andes Space Agency is Chile's national space agency.", ("Andes Space Agency", "country", "Chile")),
    ("The Andes Space Agency is the space agency of Chile.", ("Andes Space Agency", "country", "Chile")),
    ("Korvane Industries is Italy's largest space company.", ("Korvane Industries", "country", "Italy")),
    ("Anna Lind is a French astronaut.", ("Anna Lind", "country", "France")),
])
def test_a_predicate_noun_gives_its_subject_a_country(read, text, fact):
    found = triples(read(text))
    assert fact in found, sorted(found)


@pytest.mark.parametrize("text, subject", [
    ("The Andes Space Agency is Chile's partner in the Aurelia mission.", "Andes Space Agency"),
    ("Korvane Industries is a supplier of the Peruvian space agency.", "Korvane Industries"),
])
def test_a_noun_of_another_kind_gives_none(read, text, subject):
    found = triples(read(text))
    assert not any(s == subject and p == "country" for s, p, _ in found), sorted(found)
