"""Members listed after a colon ("with 23 Member States: A, B and C"), of the organization the "with" phrase or "has"
is said of, and members said to be so with no organization named ("A and B are Associate Members"), of the one the
sentence before told of (rules/memberships.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, org, members", [
    ("The Kelvo Space Agency is an intergovernmental organisation, created in 1990, with 14 Member States: Austria, "
     "Belgium, Czechia and the United Kingdom.", "Kelvo Space Agency",
     {"Austria", "Belgium", "Czech Republic", "United Kingdom"}),
    ("EUMETSAT has 30 Member States: Austria, Belgium and Croatia.", "EUMETSAT", {"Austria", "Belgium", "Croatia"}),
    ("The Kelvo Space Agency has 14 Member States: Austria and Belgium. Latvia and Lithuania are Associate Members.",
     "Kelvo Space Agency", {"Austria", "Belgium", "Latvia", "Lithuania"}),
])
def test_listed_members(read, text, org, members):
    found = triples(read(text))
    assert {(m, "memberOf", org) for m in members} <= found, found


def test_associate_members_with_no_organization_told_before(read):
    found = triples(read("Latvia and Lithuania are Associate Members."))
    assert not any(p == "memberOf" for s, p, o in found), found
