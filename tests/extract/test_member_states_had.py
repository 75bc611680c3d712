"""The countries listed among an organization's member states are its members, however the list is set: "ESA now
has 22 member states, including Lithuania and Slovenia", "Lithuania and Slovenia are among ESA's member states"
(dep:member-state, rules/memberships.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, country, org", [
    ("ESA now has 22 member states, including Lithuania and Slovenia.", "Slovenia", "ESA"),
    ("ESA now has 22 member states, including Lithuania and Slovenia.", "Lithuania", "ESA"),
    ("Lithuania and Slovenia are among ESA's member states.", "Lithuania", "ESA"),
    ("Today EUMETSAT counts 30 member states, including Portugal.", "Portugal", "EUMETSAT"),
])
def test_listed_member_states_are_members(read, text, country, org):
    got = triples(read(text))
    assert (country, "memberOf", org) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "ESA has many partners, including JAXA and Japan.",
    "Lithuania is among the countries that signed the accord with ESA.",
    "ESA has 22 member states and signed an accord with Japan.",
])
def test_no_membership_without_a_membership_list(read, text):
    got = triples(read(text))
    assert not any(p == "memberOf" for _, p, _ in got), sorted(got)
