"""States that are members of an organization, and partners said as such (rules/memberships.py)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, country, org", [
    ("Portugal is a member of EUMETSAT.", "Portugal", "EUMETSAT"),
    ("Luxembourg, a member state of ESA, hosts the company.", "Luxembourg", "ESA"),
    ("Poland joined ESA as its 21st Member State in 2012.", "Poland", "ESA"),
])
def test_memberships_a_country_is_a_member(read, text, country, org):
    assert (country, "memberOf", org) in triples(read(text)), triples(read(text))


def test_memberships_an_institute_joining_is_no_member_state(read):
    got = triples(read("The Vela Institute joined ESA in the study."))
    assert not any(p == "memberOf" for _, p, _ in got), got


def test_memberships_coordinated_partners(read):
    got = triples(read("NASA and JAXA have been partners since 1969."))
    assert ("JAXA", "partnerOf", "NASA") in got or ("NASA", "partnerOf", "JAXA") in got, got


def test_memberships_hosting_in_the_present_is_no_meeting(read):
    """"hosts the company" is a state; "hosted the delegation on 3 May" an occurrence."""
    assert not any(p == "participant" for _, p, _ in triples(read("Luxembourg hosts the company.")))
    got = triples(read("ESA hosted the JAXA delegation on 3 May."))
    assert any(p == "participant" and o == "JAXA" for _, p, o in got), got


def test_memberships_a_mission_that_is_a_collaboration_has_its_partners_contribute(read):
    got = triples(read("The Nova mission is a collaboration between NASA and ESA."))
    assert {("NASA", "contributesTo", "Nova"), ("ESA", "contributesTo", "Nova")} <= got, got
    got = triples(read("The agreement is a cooperation between NASA and ESA."))
    assert not any(p == "contributesTo" for _, p, _ in got), got
