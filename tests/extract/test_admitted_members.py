"""A body that admits members (session 24, rules/admissions.py, lexicon ADMIT_VERBS): "The Council welcomed two new
members, A and B", "the board admitted C as a new member": each is a member of it. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_two_new_members_welcomed(read):
    got = triples(read("The Council of the Orvik Space Agency met in Lund. The Council welcomed two new members, Ana "
                       "Lind of the University of Lund and Jon Berg.", date=_DAY))
    council = "Council of the Orvik Space Agency"
    assert ("Ana Lind", "memberOf", council) in got and ("Jon Berg", "memberOf", council) in got, got


def test_admitted_as_a_new_member(read):
    got = triples(read("The Orvik Space Agency admitted Ana Lind as a new member of staff.", date=_DAY))
    assert ("Ana Lind", "memberOf", "Orvik Space Agency") in got, got


def test_a_decision_welcomed_makes_no_member(read):
    got = triples(read("The Orvik Space Agency welcomed the decision of Ana Lind.", date=_DAY))
    assert not any(p == "memberOf" for s, p, o in got), got


def test_support_for_a_retrieval_is_taking_part(read):
    """(rules/roles.py, dep:with-participation) "retrieved the capsule with the support of X": X took part in the
    retrieval, not contributed to the capsule."""
    got = triples(read("An OSA recovery team retrieved the capsule of Vela-2 on 4 March with the support of the "
                       "Norland Space Agency.", date=_DAY))
    assert any(s.startswith("retrieve") and p == "participant" and o == "Norland Space Agency" for s, p, o in got), got
    assert not any(p == "contributesTo" and s == "Norland Space Agency" for s, p, o in got), got
