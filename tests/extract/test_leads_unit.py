"""Who heads a part of an organization told by its noun ("led the propulsion division at Kelmar Aerospace", "heads
ESA's science directorate") is a member of the organization, not its head (rules/careers.py, frame:leads-unit,
lexicon ADMIN_UNIT_NOUNS); who heads the organization itself stays its head. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, org", [
    ("Dr Lena Sorensen previously led the propulsion division at Kelmar Aerospace.", "Kelmar Aerospace"),
    ("Dr Lena Sorensen previously headed the science directorate of ESA.", "ESA"),
    ("Dr Lena Sorensen now heads ESA's science directorate.", "ESA"),
])
def test_the_head_of_a_unit_is_a_member(read, text, org):
    got = triples(read(text))
    assert ("Lena Sorensen", "memberOf", org) in got and ("Lena Sorensen", "headOf", org) not in got, got


def test_the_head_of_the_body_is_its_head(read):
    got = triples(read("Dr Lena Sorensen heads the Kelmar Institute."))
    assert ("Lena Sorensen", "headOf", "Kelmar Institute") in got
    assert ("Lena Sorensen", "memberOf", "Kelmar Institute") not in got
