"""Meals at which people meet are gatherings (lexicon DESCRIBED_THINGS and HEAD_CLASSES: "lunch", "luncheon",
"breakfast", "banquet", with "dinner" and "reception"; not "gala", an instrument's acronym too): "hosted a working
lunch attended by representatives of X and Y" has X and Y take part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, meal", [
    ("ESA Director General Omar Haddad met CNES on Monday. Haddad later hosted a working lunch attended by "
     "representatives of Valmont University and the firm Corvex Space.", "working lunch"),
    ("DLR hosted a breakfast attended by Valmont University and Corvex Space in Bonn.", "breakfast"),
    ("The agency held a banquet attended by Valmont University and Corvex Space.", "banquet"),
])
def test_a_meal_is_a_gathering_with_its_guests(read, text, meal):
    got = read(text)
    kinds = {c for e in got.entities.values() if e.label.split(" [")[0].split(" (")[0] == meal for c in e.classes}
    assert "Meeting" in kinds, kinds
    rels = triples(got)
    assert {(meal, "participant", "Valmont University"), (meal, "participant", "Corvex Space")} <= {
        (s.split(" (")[0].split(" [")[0], p, o) for s, p, o in rels}, rels
