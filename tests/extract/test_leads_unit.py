"""Who heads a part of an organization told by its noun ("led the propulsion division at Kelmar Aerospace", "heads
ESA's science directorate") heads that part and is a member of the organization, not its head (FORMAT: a position in
a sub-unit; rules/posts.py, frame:head-verb, lexicon ADMIN_UNIT_NOUNS); who heads the organization itself stays its
head. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, unit, org", [
    ("Dr Lena Sorensen previously led the propulsion division at Kelmar Aerospace.", "propulsion division [t]",
     "Kelmar Aerospace"),
    ("Dr Lena Sorensen previously headed the science directorate of ESA.", "science directorate [t]", "ESA"),
    ("Dr Lena Sorensen now heads ESA's science directorate.", "science directorate [t]", "ESA"),
])
def test_the_head_of_a_unit_is_a_member(read, text, unit, org):
    got = triples(read(text))
    assert {("Lena Sorensen", "memberOf", org), ("Lena Sorensen", "headOf", unit)} <= got, got
    assert ("Lena Sorensen", "headOf", org) not in got, got


def test_the_head_of_the_body_is_its_head(read):
    got = triples(read("Dr Lena Sorensen heads the Kelmar Institute."))
    assert ("Lena Sorensen", "headOf", "Kelmar Institute") in got
    assert ("Lena Sorensen", "memberOf", "Kelmar Institute") not in got
