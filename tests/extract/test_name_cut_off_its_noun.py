"""A name set right after a class noun that the parser cut off it, often the last conjunct of a list ("experts
from CNES and the Norwegian company Fjordsat", where "company" is the conjunct and "Fjordsat" hangs on the verb),
is still typed by that noun and takes its nationality (described_names.described_class,
dep:nationality-modifier). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name, country", [
    ("The board includes experts from CNES, Thales Alenia Space and the Norwegian company Fjordsat.",
     "Fjordsat", "Norway"),
    ("The board includes experts from CNES and the Norwegian company Fjordsat.", "Fjordsat", "Norway"),
    ("The tracking data came from ESA and the Swiss start-up Orbix.", "Orbix", "Switzerland"),
])
def test_a_name_cut_off_its_class_noun_is_typed_by_it(read, text, name, country):
    got = read(text)
    assert "Company" in classes_of(got, name), classes_of(got, name)
    assert (name, "country", country) in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The company said on Monday that Fjordsat would grow.", "Fjordsat"),
])
def test_a_name_not_beside_the_noun_is_not_typed_by_it(read, text, name):
    got = read(text)
    assert "Company" not in classes_of(got, name), classes_of(got, name)
