"""Members and partners a plural noun lists: "ESA's 22 Member States include Germany, France and Italy",
"Portugal is one of the Member States of EUMETSAT", "the member states of ESA, such as Spain and Poland",
"ESA's partners include NASA and JAXA" (rules/memberships.py, lexicon LISTING_VERBS); a capitalized member's
noun names nothing ("Associate Members of OCO" is no name: OCO is). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, members, org", [
    ("ESA's 22 Member States include Germany, France and Italy.", ("Germany", "France", "Italy"), "ESA"),
    ("Portugal is one of the Member States of EUMETSAT.", ("Portugal",), "EUMETSAT"),
    ("The member states of ESA, such as Spain and Poland, approved the budget.", ("Spain", "Poland"), "ESA"),
    ("The Member States of ESA, including Spain and Poland, approved the budget.", ("Spain", "Poland"), "ESA"),
    ("The Orbital Cooperation Organisation (OCO) met in Geneva. Ireland and Slovenia are Associate Members of OCO.",
     ("Ireland", "Slovenia"), "Orbital Cooperation Organisation"),
])
def test_listed_members(read, text, members, org):
    got = read(text)
    for m in members:
        assert (m, "memberOf", org) in triples(got), triples(got)
    assert "Member States" not in labels(got), labels(got)


def test_listed_partners(read):
    got = read("ESA's partners include NASA and JAXA.")
    pairs = {frozenset((s, o)) for s, p, o in triples(got) if p == "partnerOf"}
    assert {frozenset(("ESA", "NASA")), frozenset(("ESA", "JAXA"))} <= pairs, triples(got)
    assert frozenset(("NASA", "JAXA")) not in pairs, triples(got)


@pytest.mark.parametrize("text", [
    "Programmes include Polaris and Seaward.",
    "The partners of the Vela mission include Orbix and Kortex.",
])
def test_no_member_without_an_organization(read, text):
    got = read(text)
    assert not any(p in ("memberOf", "partnerOf") for _, p, _ in triples(got)), triples(got)


@pytest.mark.parametrize("text, members", [
    ("Partners in the Tarvos mission are the Kelmar Institute, Orbix Aerospace and the Technical University of "
     "Munich.", ("Kelmar Institute", "Orbix Aerospace", "Technical University of Munich")),
    ("The partners of the Tarvos mission include JAXA and CNES.", ("JAXA", "CNES")),
])
def test_listed_partners_in_a_mission_contribute(read, text, members):
    got = triples(read(text))
    for m in members:
        assert (m, "contributesTo", "Tarvos") in got, got


def test_member_states_listed_by_the_copula(read):
    got = triples(read("The Member States of ESA are Germany, France and Italy."))
    assert {("Germany", "memberOf", "ESA"), ("Italy", "memberOf", "ESA")} <= got, got
