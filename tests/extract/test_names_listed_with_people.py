"""A name the model misses, of two or three capitalized words, listed with people only, is a person's ("signed by
Ana Soto and Luis Moreira", trade_names.listed_like); listed with a body it is not typed so. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, prop", [
    ("The agreement was signed by Ana Soto and Luis Moreira.", "signatory"),
    ("The agreement was signed in Santiago on 13 April in the presence of Ana Soto and Luis Moreira.",
     "participant"),
])
def test_a_name_listed_with_a_person_is_a_person(read, text, prop):
    x = read(text)
    assert "Person" in classes_of(x, "Ana Soto"), [e.label for e in x.entities.values()]
    assert any(p == prop and o == "Ana Soto" for s, p, o in triples(x)), sorted(triples(x))


def test_a_name_listed_with_a_body_is_no_person(read):
    x = read("The contract was signed by Vela Labs and the Orla Institute.")
    assert "Person" not in classes_of(x, "Vela Labs"), [(e.label, e.classes) for e in x.entities.values()]
