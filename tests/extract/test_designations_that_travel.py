"""A designation that travels or heads somewhere is a craft, whatever the model took it for ("Kestrel-4 will travel
to the asteroid Tarsk": the model's organization; lexicon DESIGNATED_DOING), and the body it goes to is its target.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("verb", ["travel", "head"])
def test_a_designation_that_travels_is_a_craft(read, verb):
    got = read(f"Kestrel-4 will {verb} to the asteroid Tarsk.")
    assert "Organization" not in classes_of(got, "Kestrel-4"), classes_of(got, "Kestrel-4")
    assert ("Kestrel-4", "target", "Tarsk") in triples(got), triples(got)
