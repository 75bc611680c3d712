"""Research and outreach sites told by their noun are facilities: a drop tower, a wind tunnel, a visitor centre
(lexicon HEAD_CLASSES): "Students will use the DLR drop tower in Bremen" gave no facility, so DLR ran nothing. A
tower or a tunnel of no such kind stays none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def test_a_drop_tower_of_a_body_is_its_facility(read):
    got = read("Students will use the DLR drop tower in Bremen.")
    assert ("DLR drop tower [t]", "operatedBy", "DLR") in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The team tested the rover in the Vela Wind Tunnel in Lorvik.", "Vela Wind Tunnel"),
    ("The Kestria Drop Tower in Lorvik offers 4.7 seconds of weightlessness.", "Kestria Drop Tower"),
])
def test_a_named_research_site_is_a_facility(read, text, name):
    got = read(text)
    assert "Facility" in classes_of(got, name), classes_of(got, name)


def test_a_tower_of_no_such_kind_is_no_facility(read):
    got = read("The launch tower was rolled back before the Vela launch.")
    assert not any("tower" in e.label.lower() and "Facility" in e.classes for e in got.entities.values()), \
        got.entities
