"""seq:members-of-list and seq:on-behalf-of on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, people, org", [
    ("The meeting was attended by Ahmed Zafar, Omar Haddad and Karim Nasser, Members of the Board of Directors.",
     ("Ahmed Zafar", "Omar Haddad", "Karim Nasser"), "Board of Directors"),
    ("Ahmed Zafar and Omar Haddad, members of the Vela Council, spoke.", ("Ahmed Zafar", "Omar Haddad"),
     "Vela Council"),
])
def test_rules_members_of_list(read, text, people, org):
    facts = triples(read(text))
    for person in people:
        assert (person, "memberOf", org) in facts, facts


@pytest.mark.parametrize("text, pairs", [
    ("Ann Lee and Bo Chan signed the accord on behalf of JAXA and ESA respectively.",
     [("Ann Lee", "JAXA"), ("Bo Chan", "ESA")]),
    ("Ann Lee signed the accord on behalf of the Italian Space Agency.", [("Ann Lee", "ASI")]),
    ("Mr Smith met Ms Jones, while Ann Lee and Bo Chan signed in the name of NASA and CNES respectively.",
     [("Ann Lee", "NASA"), ("Bo Chan", "CNES")]),
])
def test_rules_on_behalf_of_wordings(read, text, pairs):
    facts = triples(read(text))
    for person, org in pairs:
        assert (person, "memberOf", org) in facts, facts


def test_rules_on_behalf_of_ambiguous_pairs_left_out(read):
    """Two people, two agencies, no "respectively": who acts for whom is not said."""
    facts = triples(read("Ann Lee and Bo Chan signed the accord on behalf of JAXA and ESA."))
    assert not any(p == "memberOf" for _, p, _ in facts), facts


def test_rules_members_of_list_singular_title_is_not_a_list(read):
    """"A, B and C, Director of X" is no list of members (a plural title is needed)."""
    facts = triples(read("Ann Lee, Bo Chan and Cy Diaz, President of the Vela Council, spoke."))
    assert not any(p == "memberOf" and s == "Ann Lee" for s, p, _ in facts), facts


@pytest.mark.parametrize("text, person, orgs", [
    ("Ann Lee joined the agency in May. Her academic career included research posts at the CNRS and at the "
     "University of Tokyo.", "Ann Lee", ("CNRS", "University of Tokyo")),
    ("Ann Lee was born in 1970. She was a member of the Vela Council.", "Ann Lee", ("Vela Council",)),
    ("Dr Maria Lopez held a lectureship at the University of Oxford before 2010.", "Maria Lopez",
     ("University of Oxford",)),
    ("Dr Maria Lopez took up her post at NASA in 2010.", "Maria Lopez", ("NASA",)),
    ("Ann Lee later met Bo Chan, who has a seat on the ESA Council.", "Bo Chan", ("ESA Council",)),
])
def test_rules_post_at_wordings(read, text, person, orgs):
    facts = triples(read(text))
    for org in orgs:
        assert (person, "memberOf", org) in facts, facts


@pytest.mark.parametrize("text", [
    "Dr Maria Lopez discussed the post of Director General with NASA.",
    "Dr Maria Lopez praised the role of NASA in the mission.",
])
def test_rules_post_at_not_for_talk_about_a_post(read, text):
    facts = triples(read(text))
    assert not any(p == "memberOf" for _, p, _ in facts), facts
