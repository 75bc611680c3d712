"""Two bodies or more that make, run or plan something called joint are partners (lexicon JOINT_ADJECTIVES;
rules/joint_ventures.py): "BRIN and the University of Tokyo agreed to establish a joint research centre". One
body doing a joint thing, or a joint thing no clause of theirs tells of, makes no partners. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _partners(got) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in got if p == "partnerOf"}


@pytest.mark.parametrize("text, a, b", [
    ("BRIN and the University of Tokyo agreed to establish a joint research centre on small satellites in Bandung.",
     "BRIN", "University of Tokyo"),
    ("CNES and the University of Toulouse agreed to create a joint laboratory.", "CNES", "University of Toulouse"),
    ("CNES and DLR set up a joint venture in 2020.", "CNES", "DLR"),
    ("ESA and NASA operate a joint laboratory in Houston.", "ESA", "NASA"),
])
def test_bodies_of_a_joint_thing_are_partners(read, text, a, b):
    got = triples(read(text))
    assert frozenset((a, b)) in _partners(got), got


@pytest.mark.parametrize("text", [
    "CNES will host the joint workshop in Toulouse.",
    "The joint laboratory of CNES opened in 2020.",
])
def test_one_body_makes_no_partners(read, text):
    got = triples(read(text))
    assert not _partners(got), got
