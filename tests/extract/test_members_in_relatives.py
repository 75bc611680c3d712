""""X, which became a member of Y" and "Y, of which X is a member state": a country's membership told in a
relative clause (rules/memberships.py: the relative pronoun stands for the clause's head). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, member, org", [
    ("Slovenia, which became an Associate Member of ESA in 2016, has applied for full membership.", "Slovenia", "ESA"),
    ("Latvia, which is a member state of EUMETSAT, will host the meeting.", "Latvia", "EUMETSAT"),
    ("The strategy foresees closer cooperation with ESA, of which Norway is a Member State.", "Norway", "ESA"),
    ("EUMETSAT, of which Poland has been a member since 2009, operates the satellites.", "Poland", "EUMETSAT"),
])
def test_a_membership_in_a_relative_clause(read, text, member, org):
    got = triples(read(text))
    assert any(s == member and p == "memberOf" and o == org for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "Slovenia, which became a partner of ESA in 2016, has applied for full membership.",
    "ESA, of which Norway is a major contributor, will build the probe.",
    "The ministry, of which Elena Marques is a member, prepared the strategy with ESA.",
])
def test_no_membership_without_a_membership_noun_or_a_country(read, text):
    got = triples(read(text))
    assert not any(p == "memberOf" and s in ("Slovenia", "Norway") for s, p, o in got), got
