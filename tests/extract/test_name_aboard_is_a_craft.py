"""A name right after "on board" / "aboard" is a craft, whatever the model took it for: "the Corax instrument on
board Vela was switched on", "the experiment aboard Kelva" (extract/aboard_names.py). After a verb of leaving the
ground ("lifted off aboard Zephyr") it is the rocket. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The Corax instrument on board Vela was switched on.", "Vela"),
    ("The experiment aboard Kelva worked well.", "Kelva"),
])
def test_a_name_aboard_is_a_craft(read, text, name):
    got = read(text)
    assert "Spacecraft" in classes_of(got, name) and "Organization" not in classes_of(got, name), labels(got)


def test_its_instrument_is_part_of_it(read):
    assert ("Corax", "partOf", "Vela") in triples(read("The Corax instrument on board Vela was switched on."))


def test_a_rocket_ridden_aboard_stays_a_rocket(read):
    got = read("The satellite lifted off aboard Zephyr from Kourou.")
    assert "Spacecraft" not in classes_of(got, "Zephyr"), (classes_of(got, "Zephyr"), labels(got))
