"""A name before a company's class noun that is set before the company's own name tells where the company is
from, and is no company itself: "the Kelmar company Gripwerk", "the Torvik firm Orbix" (head_nouns._named_after).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, place, company", [
    ("The robotic arm was supplied by the Kelmar company Gripwerk.", "Kelmar", "Gripwerk"),
    ("The satellite was built by the Torvik firm Orbix.", "Torvik", "Orbix"),
])
def test_the_name_before_a_company_noun_and_its_name_is_where_it_is_from(read, text, place, company):
    got = read(text)
    assert "Company" not in classes_of(got, place) and "Company" in classes_of(got, company), \
        (classes_of(got, place), classes_of(got, company))
