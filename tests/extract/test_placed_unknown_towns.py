"""An unknown name after "in", "at" or "near" on a placing participle (lexicon LOCATED_PARTICIPLES: located,
based, headquartered, situated, housed) is a place, not a name dropped for want of a class
(names.context_class); the body placed there stays a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, town", [
    ("The incubation centre, located in Braga, is managed by Norte Innovation.", "Braga"),
    ("The Helmar Control Centre, located at Harwick, operates the satellites.", "Harwick"),
])
def test_a_name_where_a_thing_is_placed_is_a_place(read, text, town):
    got = read(text)
    assert "Place" in classes_of(got, town), labels(got)


def test_the_placed_facility_is_in_the_town(read):
    got = read("The Helmar Control Centre, located at Harwick, operates the satellites.")
    assert ("Helmar Control Centre", "locatedIn", "Harwick") in triples(got), sorted(triples(got))


def test_the_placed_body_is_not_a_place(read):
    got = read("Zentrix, headquartered in Harwick, builds cameras for small satellites.")
    assert "Place" in classes_of(got, "Harwick") and "Place" not in classes_of(got, "Zentrix"), labels(got)
