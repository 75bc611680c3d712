"""A body's class noun as the first word of its name ("Asteroid Korrin was observed") types the name, though
the model took it for a person's (rules/body_title_names.py type:body-noun-first, lexicon HEAD_CLASSES).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name, cls", [
    ("Asteroid Korrin was observed by the Lumen probe.", "Asteroid Korrin", "Asteroid"),
    ("Comet Tarsk was observed by the Lumen probe and the Hinode-Kai telescope.", "Comet Tarsk", "Comet"),
])
def test_a_body_noun_first_types_the_name(read, text, name, cls):
    assert classes_of(read(text), name) == {cls}


def test_a_company_or_a_person_keeps_its_class(read):
    x = read("Planet Labs signed a contract with ESA. Maren Holtkamp said the data were good.")
    assert "Planet" not in classes_of(x, "Planet Labs")
    assert classes_of(x, "Maren Holtkamp") == {"Person"}
