"""A country a verb takes "as" a membership noun is a member (rules/memberships._admitted_as).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, country, org", [
    ("The Council welcomed Ukraine as a member state of EUMETSAT.", "Ukraine", "EUMETSAT"),
    ("The EUMETSAT Council welcomed Ukraine as a participating state.", "Ukraine", "EUMETSAT"),
    ("EUMETSAT admitted Lithuania as its 30th member state in 2023.", "Lithuania", "EUMETSAT"),
    ("Slovenia was accepted as an associate member of ESA.", "Slovenia", "ESA"),
    ("ESA welcomed Slovenia and Latvia as associate members.", "Latvia", "ESA"),
])
def test_rules_memberships_as_a_country_taken_as_a_member(read, text, country, org):
    got = read(text)
    assert (country, "memberOf", org) in triples(got), sorted(triples(got))


@pytest.mark.parametrize("text", [
    "NASA selected Italy as a partner.",  # a partner is no member
    "ESA counts Canada as a cooperating state.",  # it works with ESA from outside
    "ESA welcomed the Italian minister as a guest.",
])
def test_rules_memberships_as_other_roles_make_no_member(read, text):
    assert not [x for x in triples(read(text)) if x[1] == "memberOf"]
