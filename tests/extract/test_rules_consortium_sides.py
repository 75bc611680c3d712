"""A consortium's members said with "including" or in a relative clause, its leader's part when the consortium
itself builds, and what a consortium builds in the passive (rules/consortia.py, lexicon CONSORTIUM_NOUNS,
OPERATE_VERBS, LISTING_VERBS, SUPPLY_VERBS). Sentences written for the test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, leader, members, work", [
    ("The Orbivex consortium, led by Talmar Systems and including Kestrel Dynamics and Nordia Aerospace, will "
     "build the Vela lander.", "Talmar Systems", {"Kestrel Dynamics", "Nordia Aerospace"}, "Vela"),
    ("A team led by Brisk Aerospace, including Halden Optics and Sarn Avionics, will build the Pell rover.",
     "Brisk Aerospace", {"Halden Optics", "Sarn Avionics"}, "Pell"),
    ("The consortium, which is led by Ostra Space and includes Vey Robotics, will build the Corra probe.",
     "Ostra Space", {"Vey Robotics"}, "Corra"),
])
def test_members_listed_by_including_work_with_the_leader_on_the_work(read, text, leader, members, work):
    got = triples(read(text))
    for m in members:
        assert (m, "partnerOf", leader) in got or (leader, "partnerOf", m) in got, got
        assert (m, "contributesTo", work) in got, got


@pytest.mark.parametrize("text, leader, work", [
    ("The Orbivex consortium, led by Talmar Systems with Kestrel Dynamics and Nordia Aerospace, will build the "
     "Vela lander.", "Talmar Systems", "Vela"),
    ("The consortium, which is led by Ostra Space and includes Vey Robotics, will build the Corra probe.",
     "Ostra Space", "Corra"),
])
def test_the_leader_of_a_consortium_that_builds_contributes(read, text, leader, work):
    got = triples(read(text))
    assert (leader, "contributesTo", work) in got, got


def test_the_leader_named_as_builder_stays_the_provider_only(read):
    got = triples(read("A team led by Brisk Aerospace, including Halden Optics, will build the Pell rover."))
    assert ("Pell", "providedBy", "Brisk Aerospace") in got, got
    assert ("Brisk Aerospace", "contributesTo", "Pell") not in got, got


def test_members_of_a_consortium_building_in_the_passive_contribute(read):
    got = triples(read("The Tarn lander will be built by a consortium led by Ostra Space with Vey Robotics and "
                       "Lumo Systems."))
    assert {("Vey Robotics", "contributesTo", "Tarn"), ("Lumo Systems", "contributesTo", "Tarn")} <= got, got


def test_a_consortium_with_no_members_named_makes_no_partners(read):
    got = triples(read("The Orbivex consortium, led by Talmar Systems, will build the Vela lander."))
    assert not any(p == "partnerOf" for _, p, _ in got), got


def test_members_of_a_consortium_building_in_a_relative_clause_contribute(read):
    got = triples(read("The agencies discussed the Tarn lander, which will be built by a consortium led by Ostra "
                       "Space, including Vey Robotics and Lumo Systems."))
    assert {("Vey Robotics", "contributesTo", "Tarn"), ("Lumo Systems", "contributesTo", "Tarn")} <= got, got


@pytest.mark.parametrize("text, members", [
    ("The Halcyon consortium comprises Orvane Aerospace, Tessaly Robotics and Vindel Optics.",
     {"Orvane Aerospace", "Tessaly Robotics", "Vindel Optics"}),
    ("A consortium including Brell Systems and Sarn Avionics will build the Kestrel lander.",
     {"Brell Systems", "Sarn Avionics"}),
])
def test_members_of_a_consortium_with_no_leader_are_partners(read, text, members):
    got = read(text)
    pairs = {frozenset((s, o)) for s, p, o in triples(got) if p == "partnerOf"}
    assert {frozenset((a, b)) for a in members for b in members if a < b} <= pairs, triples(got)


def test_members_of_a_consortium_with_no_leader_contribute_to_its_work(read):
    got = triples(read("A consortium including Brell Systems and Sarn Avionics will build the Kestrel lander."))
    assert {("Brell Systems", "contributesTo", "Kestrel"), ("Sarn Avionics", "contributesTo", "Kestrel")} <= got, got


def test_one_member_and_no_leader_make_no_partners(read):
    got = triples(read("The Halcyon consortium includes Orvane Aerospace."))
    assert not any(p == "partnerOf" for _, p, _ in got), got
