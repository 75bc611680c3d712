"""One unknown word that develops, designs, provides or supplies something in the passive ("developed by
Orbix") is a body, as one that builds it was (described_names.maker_class, lexicon SUPPLY_VERBS); a person's
full name stays a person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name, thing", [
    ("The satellite was developed by Orbix.", "Orbix", "satellite"),
    ("The camera was provided by Kortex.", "Kortex", "camera"),
    ("The spectrometer was designed by Halvor.", "Halvor", "spectrometer"),
])
def test_a_one_word_supplier_is_a_body(read, text, name, thing):
    got = read(text)
    assert "Organization" in classes_of(got, name) or "Company" in classes_of(got, name), classes_of(got, name)
    assert any(s.startswith(thing) and p == "providedBy" and o == name for s, p, o in triples(got)), triples(got)


def test_a_persons_name_stays_a_person(read):
    got = read("The instrument was developed by Lena Varga and her team.")
    assert "Person" in classes_of(got, "Lena Varga"), classes_of(got, "Lena Varga")
