"""A time spent at an organization after a word of tenure ("who is retiring after 12 years at the agency", "After a
decade with OHB, she joined ESA") makes the clause's one person a member, whatever its verb (rules/careers.py,
frame:years-at, lexicon TENURE_PREPOSITIONS). A time at a place, or a craft's time, is no membership. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("The Orvik Space Agency appointed Lena Sorensen. She succeeds Tomas Berg, who is retiring after 12 years at the "
     "agency.", "Tomas Berg", "Orvik Space Agency"),
    ("After a decade with OHB, Ana Ruiz joined ESA in 2019.", "Ana Ruiz", "OHB"),
    ("Dr Ivo Sarr will lead the Kelmar Institute following 20 years at Airbus.", "Ivo Sarr", "Airbus"),
])
def test_a_time_at_an_organization_is_membership(read, text, person, org):
    got = triples(read(text))
    assert (person, "memberOf", org) in got, got


def test_a_time_at_a_place_is_no_membership(read):
    got = triples(read("Ana Ruiz returned to Earth after six months at the International Space Station."))
    assert not any(p == "memberOf" for s, p, o in got), got
