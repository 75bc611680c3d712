"""A technology demonstrator a rocket carries is a craft its builder provides (lexicon HEAD_CLASSES "technology
demonstrator", DESCRIBED_THINGS "demonstrator"), no launcher. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of, triples

_DAY = dt.date(2026, 3, 14)


def test_technology_demonstrator_built_by_a_university(read):
    x = read("The Zephra-2 rocket was carrying a technology demonstrator built by the University of Lund.", date=_DAY)
    label = "technology demonstrator [t]"
    assert (label, "providedBy", "University of Lund") in triples(x), triples(x)
    assert {"Spacecraft", "Satellite"} & set(classes_of(x, label)), classes_of(x, label)
    assert not {"LaunchVehicle"} & set(classes_of(x, label)), classes_of(x, label)
