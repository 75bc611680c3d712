"""After a place phrase's name, an indefinite noun set off by a comma is a list's next item, not what the place
is (described_names._next_item): "a spectrometer developed at X in California, a retroreflector provided by Y".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, place", [
    ("The payload includes a magnetometer built at the Kessel Institute in Bavaria, a camera provided by "
     "the Italian Space Agency, and a radiometer from DLR.", "Bavaria"),
    ("The rover carries a drill made in Tuscany, a spectrometer supplied by CNES and a radar.", "Tuscany"),
])
def test_a_list_item_after_a_place_does_not_type_it(read, text, place):
    got = classes_of(read(text), place)
    assert not got & {"Instrument", "Spacecraft", "Mission"}, got


def test_an_apposition_that_says_what_a_name_is_still_types_it(read):
    assert "Company" in classes_of(read("The satellite was built by Orbix, a Portuguese start-up."), "Orbix")
