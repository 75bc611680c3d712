"""A definite noun of a group of people ("the team", "the crew", "the consortium", lexicon MEMBER_GROUP_NOUNS)
stands for a group told of by that noun, never for the agency or company named before it
(taking_back.may_take_back). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, agency", [
    ("NASA signed an agreement with JAXA. The team was led by Anna Berg.", "NASA"),
    ("The IAF has awarded its prize to ESA. The team was led by ESA engineer Pietro Baglioni.", "IAF"),
    ("ESA selected the Orla mission. The group is led by Jan Wik.", "ESA"),
])
def test_the_team_is_no_agency_told_of_before(read, text, agency):
    got = triples(read(text))
    assert not any(p == "headOf" and o == agency for _, p, o in got), got


def test_the_team_is_the_team_told_of(read):
    got = triples(read("A team led by Elena Varga of Tarsis University found water. The team used the Orla camera "
                       "built by Airbus. The team was funded by ESA."))
    teams = {o for s, p, o in got if s == "Elena Varga" and p == "headOf"}
    assert len(teams) == 1 and next(iter(teams)).startswith("team"), got


def test_the_consortium_is_the_named_consortium(read):
    got = triples(read("The Kelso Consortium will build the Vela-2 satellite. ESA selected the consortium in May."))
    assert ("Vela-2", "providedBy", "Kelso Consortium") in got, got
    assert not any(p == "providedBy" and o == "ESA" for _, p, o in got), got
