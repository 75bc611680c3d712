"""A class noun of a craft, an instrument or a mission right before a name, after a determiner or an owner,
types the name however the parser read the two ("The spacecraft Tarvos carries X" parsed as "the spacecraft
[that] Tarvos carries"; head_nouns.class_before). A company noun before a name stays the company's. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name, cls", [
    ("The spacecraft Tarvos carries Velox, a spectrometer built by the University of Bern.", "Tarvos",
     "Spacecraft"),
    ("Its rover Tarka landed on Mars in 2029.", "Tarka", "Rover"),
    ("The probe Hesper carries a camera built by Orbix.", "Hesper", "Probe"),
])
def test_the_class_noun_before_types_the_name(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), classes_of(got, name)


def test_what_it_carries_is_on_it(read):
    got = triples(read("The spacecraft Tarvos carries Velox, a spectrometer built by the University of Bern."))
    assert ("Velox", "partOf", "Tarvos") in got, got


def test_a_company_noun_stays_a_company(read):
    got = read("The company Orbix builds satellites.")
    assert "Company" in classes_of(got, "Orbix"), classes_of(got, "Orbix")
