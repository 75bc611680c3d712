"""A title before a name whose "of" phrase names the body ("Director General Ana Ruiz of CNES", "Prime Minister Elena
Varga of Portugal"): the name ends before "of" and a known body (mentions._proper_chunks), and the title is of that
body or country (rules/titles.py `_left_orgs`, rules/state_heads.py `_country`). A body's own name keeps its "of"
("the Technical University of Denmark", "the Council of ESA"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, fact", [
    ("Director General Ana Ruiz of CNES spoke.", ("Ana Ruiz", "headOf", "CNES")),
    ("Professor Ivo Sarr of the Kelmar Institute spoke.", ("Ivo Sarr", "memberOf", "Kelmar Institute")),
    ("Prime Minister Elena Varga of Portugal visited ESA's headquarters on Thursday.",
     ("Elena Varga", "headOf", "Government of Portugal")),
])
def test_the_title_is_of_the_body_after_the_name(read, text, fact):
    got = read(text)
    assert fact in triples(got), triples(got)
    assert not any(" of " in label and fact[0] in label for label in labels(got)), labels(got)


@pytest.mark.parametrize("text, name", [
    ("The Technical University of Denmark built the camera.", "Technical University of Denmark"),
    ("The Council of ESA met in Paris.", "Council of ESA"),
])
def test_a_bodys_name_keeps_its_of(read, text, name):
    assert name in labels(read(text))
