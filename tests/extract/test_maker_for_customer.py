"""A maker and the known body it works for are two names, not one: in "built by Redwire for NASA" the run of
capitalized words stops before a "for" that a known name follows (mentions._proper_chunks); names that hold a
"for" and a field stay whole. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, maker, customer", [
    ("The solar array was built by Redwire for NASA.", "Redwire", "NASA"),
    ("The antenna was built by Orbitec for ESA.", "Orbitec", "ESA"),
    ("The landing legs were made by Kelvar Aerospace for JAXA.", "Kelvar Aerospace", "JAXA"),
])
def test_a_maker_and_its_customer_are_two_names(read, text, maker, customer):
    ext = read(text)
    assert {maker, customer} <= labels(ext), sorted(labels(ext))
    assert f"{maker} for {customer}" not in labels(ext), sorted(labels(ext))


def test_the_maker_provides_what_it_built(read):
    got = triples(read("The antenna was built by Orbitec for ESA."))
    assert ("antenna [t]", "providedBy", "Orbitec") in got, sorted(got)


@pytest.mark.parametrize("text, name", [
    ("The Centre for Space Studies in Oslo will host the workshop.", "Centre for Space Studies"),
    ("The Agency for Space Research of Vela signed the agreement.", "Agency for Space Research of Vela"),
])
def test_a_name_with_for_and_a_field_stays_whole(read, text, name):
    assert name in labels(read(text)), sorted(labels(read(text)))
