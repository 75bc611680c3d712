"""A body's name the model ran over its town ends before "in" (body_names.before_place_tail), and the town is a
place of its own; a museum is a body, a planetarium a building (lexicon HEAD_CLASSES). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, body, town", [
    ("The exhibition opened on Friday at the National Museum of Science in Larnis.", "National Museum of Science",
     "Larnis"),
    ("The prototype was shown at the Royal Museum of Flight in Orvika.", "Royal Museum of Flight", "Orvika"),
])
def test_a_body_and_its_town_are_two(read, text, body, town):
    got = read(text)
    assert body in labels(got) and f"{body} in {town}" not in labels(got), labels(got)
    assert "Place" in classes_of(got, town), labels(got)
    assert "Organization" in classes_of(got, body), classes_of(got, body)


def test_a_name_with_in_and_no_body_noun_before_it_stays_whole(read):
    assert "Europe" in labels(read("Women in Aerospace Europe welcomed the decision."))


def test_an_exhibition_opened_at_a_museum_in_a_town_is_there(read):
    got = read("An exhibition on the Moon opened on Friday at the National Museum of Science in Larnis.")
    assert any(p == "locatedIn" and o == "Larnis" for s, p, o in
               {(got.entities[r.subject].label, r.predicate, got.entities[r.object].label) for r in got.relations}), \
        labels(got)
