"""An unknown name of a designation's shape listed with known craft only is a craft too, of their class when they
share one ("Data from Sentinel-1 and Halden-1"): it was dropped, untyped. A plain word so listed, or a name listed
with companies, is not made a craft. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text", [
    "Data from Sentinel-1 and Halden-1 were combined by DLR.",
    "Sentinel-1 and Halden-1 observed the flooded area.",
])
def test_a_designation_listed_with_a_known_satellite_is_a_satellite(read, text):
    got = read(text)
    assert classes_of(got, "Halden-1") == {"Satellite"}, sorted(labels(got))


@pytest.mark.parametrize("text, name", [
    ("Sentinel-1 and Brask observed the flooded area.", "Brask"),
    ("Airbus and Halden-1 signed the contract.", "Halden-1"),
])
def test_no_craft_from_a_plain_word_or_a_list_of_companies(read, text, name):
    got = read(text)
    found = [(e.label, e.classes) for e in got.entities.values()]
    assert not {"Spacecraft", "Satellite"} & classes_of(got, name), found
