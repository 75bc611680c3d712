"""A craft made, launched or run "under" or "within (the framework of)" a programme is part of it ("Kelvo-2 was
developed under ESA's Earth Watch programme": dep:under-programme); a contract is no programme. And "on board" a
name makes it a craft, not a governing board ("The radar on board Kelvo-2": Tree.on_board). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, part, whole", [
    ("The Kelvo-2 satellite was developed under ESA's Earth Watch programme.", "Kelvo-2", "Earth Watch"),
    ("Kelvo-2 was built within the framework of the Polaris programme.", "Kelvo-2", "Polaris"),
])
def test_done_under_a_programme_is_part_of_it(read, text, part, whole):
    got = triples(read(text))
    assert (part, "partOf", whole) in got, got


def test_a_contract_is_no_programme(read):
    got = triples(read("The Kelvo-2 satellite was built under a contract with ESA."))
    assert not any(p == "partOf" for _, p, _ in got), got


def test_on_board_a_name_is_no_board(read):
    got = read("The radar on board Kelvo-2 was provided by DLR.")
    assert "Spacecraft" in classes_of(got, "Kelvo-2"), classes_of(got, "Kelvo-2")
    assert any(s.startswith("radar") and p == "partOf" and o == "Kelvo-2" for s, p, o in triples(got)), triples(got)
