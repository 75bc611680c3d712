"""A "centre" or "center" the head noun types as a facility is also a body when it builds, operates or
funds something ("operated by the X Centre", "the X Centre will operate the satellite"): places do not
act. What is done at or from a centre leaves it a place."""

import pytest


def _facts(ex):
    return {(ex.entities[r.subject].label, r.predicate, ex.entities[r.object].label) for r in ex.relations}


def _classes(ex, label):
    return next(e.classes for e in ex.entities.values() if e.label == label)


@pytest.mark.parametrize("text, fact", [
    ("The Tessa satellite will be operated by the Orvik Remote Sensing Centre.",
     ("Tessa", "operatedBy", "Orvik Remote Sensing Centre")),
    ("The Halden Mission Control Center will operate the Tessa satellite from 2027.",
     ("Tessa", "operatedBy", "Halden Mission Control Center")),
    ("The Tessa satellite was built by the Kolby Space Technology Centre.",
     ("Tessa", "providedBy", "Kolby Space Technology Centre")),
])
def test_a_centre_that_acts_is_a_body(read, text, fact):
    ex = read(text)
    assert fact in _facts(ex)
    assert "Organization" in _classes(ex, fact[2]) and "Facility" in _classes(ex, fact[2])


def test_its_place_is_kept(read):
    ex = read("The Tessa satellite will be operated by the Orvik Remote Sensing Centre in Tromsø.")
    assert ("Orvik Remote Sensing Centre", "locatedIn", "Tromsø") in _facts(ex)


@pytest.mark.parametrize("text, centre", [
    ("The Tessa satellite was built at the Vindel Test Centre.", "Vindel Test Centre"),
    ("The Tessa satellite is controlled from the Vindel Control Centre.", "Vindel Control Centre"),
    ("The Vindel Control Centre, operated by CNES, tracks the Tessa satellite.", "Vindel Control Centre"),
])
def test_a_centre_things_are_done_at_stays_a_place(read, text, centre):
    assert _classes(read(text), centre) == {"Facility"}
