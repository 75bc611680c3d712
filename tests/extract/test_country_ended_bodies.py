""""Geoscience Australia", "Business Finland": a country's name that ends a body's name the model reads whole is
part of that name (body_names.named_apart), not the country itself; a country after a verb or a comma stays one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, body, country", [
    ("The data will go to Geoscience Australia, which will use it for drought monitoring.", "Geoscience Australia",
     "Australia"),
    ("Business Finland and ESA signed an agreement.", "Business Finland", "Finland"),
])
def test_a_country_ending_a_body_name_is_part_of_it(read, text, body, country):
    got = read(text)
    assert body in labels(got) and country not in labels(got), labels(got)


@pytest.mark.parametrize("text, country", [
    ("Visiting Australia, the minister met ESA.", "Australia"),
    ("ESA and Finland signed an agreement.", "Finland"),
])
def test_a_country_apart_from_a_name_stays_a_country(read, text, country):
    got = read(text)
    assert country in labels(got), labels(got)
    assert any(country in (s, o) for s, _, o in triples(got)), triples(got)
