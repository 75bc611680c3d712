"""dep:consortium-members: a consortium's leader and members, and what it builds."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _pairs(t: set) -> set[frozenset]:
    return {frozenset((s, o)) for s, p, o in t if p == "partnerOf"}


@pytest.mark.parametrize("text, leader, members, craft", [
    ("A consortium led by Korrin Aerospace, with Fennick and Ostmark Systems, will build the Tavi satellite.",
     "Korrin Aerospace", ("Fennick", "Ostmark Systems"), "Tavi"),
    ("The Tavi probe will be developed by a consortium headed by OHB with Airbus and Ostmark Systems.",
     "OHB", ("Airbus", "Ostmark Systems"), None),
    ("Thales Alenia Space leads a consortium that includes OHB and Yarrow Robotics.",
     "Thales Alenia Space", ("OHB", "Yarrow Robotics"), None),
])
def test_rules_consortium_members_work_with_the_leader(read, text, leader, members, craft):
    t = triples(read(text))
    assert {frozenset((m, leader)) for m in members} <= _pairs(t), t
    if craft:
        assert {(m, "contributesTo", craft) for m in members} <= t, t


def test_rules_consortium_members_a_name_listed_before_a_company_is_one(read):
    got = read("A consortium led by Korrin Aerospace, with Fennick and Ostmark Systems, will build the Tavi satellite.")
    assert classes_of(got, "Fennick") == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text", [
    "OHB leads a consortium of ten companies.",
    "A consortium led by OHB will build the Tavi satellite.",
    "The consortium met with Airbus and OHB in Bremen.",
])
def test_rules_consortium_members_no_leader_or_no_member_no_partners(read, text):
    t = triples(read(text))
    assert not any(p == "partnerOf" for s, p, o in t), t


def test_rules_consortium_members_an_industrial_team_comprising(read):
    t = triples(read("Korrin Aerospace will lead an industrial team comprising Ostmark Systems (Germany), Halden GmbH "
                     "(Austria) and Polvik Space (Norway)."))
    assert {frozenset((m, "Korrin Aerospace")) for m in ("Ostmark Systems", "Halden GmbH", "Polvik Space")} \
        <= _pairs(t), t
    assert ("Polvik Space", "country", "Norway") in t, t  # the bracket is no part of a known name
