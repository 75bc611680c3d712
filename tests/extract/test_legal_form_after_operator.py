""""The satellite operator Kelvane GmbH": a company's legal form at the end of a name says more than a body
noun set before it ("operator", an organization): the name is a company's (extract/names.py, mentions.py,
head_nouns.restated_class), and its short name further on ("Chief Executive Officer of Astrelis") is the
company's, not a town. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The satellite operator Kelvane GmbH signed the deal.", "Kelvane GmbH"),
    ("Satellite operator Astrelis SA announced the deal.", "Astrelis SA"),
    ("The fleet operator Morvane Ltd will run the two satellites.", "Morvane Ltd"),
    ("The fleet operator Morvane Ltd signed the deal.", "Morvane Ltd"),
])
def test_a_legal_form_makes_an_operator_a_company(read, text, name):
    got = read(text)
    assert "Company" in classes_of(got, name), classes_of(got, name)


def test_the_short_name_of_an_operator_with_a_legal_form_is_the_company(read):
    got = read('Satellite operator Astrelis SA announced the deal. "We are ready," said Jeanne Morlac, '
               'Chief Executive Officer of Astrelis.')
    assert ("Jeanne Morlac", "headOf", "Astrelis SA") in triples(got), triples(got)
    assert "Place" not in classes_of(got, "Astrelis"), classes_of(got, "Astrelis")


@pytest.mark.parametrize("text, name", [
    ("The network operator Delmar signed the deal.", "Delmar"),  # no legal form: an organization as before
    ("The satellite operator Delmar Group signed the deal.", "Delmar Group"),
])
def test_an_operator_without_a_legal_form_is_no_company_from_it(read, text, name):
    got = read(text)
    assert "Company" not in classes_of(got, name), classes_of(got, name)
