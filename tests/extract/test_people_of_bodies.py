"""People named with the body they work at, which the model took for one body's name ("a team led by Elena Varga of
Tarsis University"): a person and a body, the person a member of it (extract/affiliations.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, people", [
    ("The discovery was made by a team led by Elena Varga of Tarsis University.",
     {("Elena Varga", "Tarsis University")}),
    ("The team includes Marco Ricci of Orvieto University and Ana Ruiz of the Kestrel Institute.",
     {("Marco Ricci", "Orvieto University"), ("Ana Ruiz", "Kestrel Institute")}),
])
def test_a_person_of_a_body_is_its_member(read, text, people):
    ex = read(text)
    found = triples(ex)
    for person, body in people:
        assert classes_of(ex, person) == {"Person"}, labels(ex)
        assert (person, "memberOf", body) in found, found


@pytest.mark.parametrize("text, name", [
    ("The agreement was signed with the United States of America.", "United States"),
    ("The Max Planck Institute of Astronomy built the camera.", "Max Planck Institute of Astronomy"),
])
def test_a_bodys_name_with_of_stays_whole(read, text, name):
    assert name in labels(read(text))
