"""A named instrument told as a craft's own with "its" in a clause whose subject is the craft is part of it,
also the second of two ("its X spectrometer and its Y magnetometer"); an instrument "its" gives to no craft is
part of nothing (rules/own_parts.py). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _parts(x) -> set[tuple[str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], lab[r.object]) for r in x.relations if r.predicate == "partOf"}


@pytest.mark.parametrize("text, part, whole", [
    ("The Kestrel probe switched on its Halcyon spectrometer and its Brisa magnetometer.", "Brisa", "Kestrel"),
    ("During the flyby the Zephyr orbiter turned on its Lumen camera and its Corax radar.", "Corax", "Zephyr"),
])
def test_the_second_of_a_crafts_own_instruments_is_its_part(read, text, part, whole):
    assert (part, whole) in _parts(read(text)), _parts(read(text))


def test_its_instrument_in_an_agencys_clause_is_no_part_of_a_craft(read):
    x = read("The Kestrel probe reached Venus. The Nordvik Space Agency then switched on its Halcyon spectrometer.")
    assert ("Halcyon", "Kestrel") not in _parts(x), _parts(x)
