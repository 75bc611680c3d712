"""A person who represents an organization works for it, in either voice: "NASA was represented by Deputy
Administrator Julia Horne", "Julia Horne represented NASA at the meeting"; a head's title set before the name
makes the head (rules/representatives.py). A country represented is no organization. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("NASA was represented by Deputy Administrator Julia Horne.", "Julia Horne", "NASA"),
    ("Julia Horne represented NASA at the meeting.", "Julia Horne", "NASA"),
    ("The Norvana Space Agency was represented by Maria Stein and Paul Ristov.", "Paul Ristov",
     "Norvana Space Agency"),
    ("Astronaut Lea Moreau will represent ESA on the mission.", "Lea Moreau", "ESA"),
    ("At the summit, the Orla Institute was represented by Tomas Berg.", "Tomas Berg", "Orla Institute"),
])
def test_a_representative_is_a_member(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, sorted(got)


def test_a_representative_with_a_heads_title_heads_the_body(read):
    got = triples(read("ESA was represented at the ceremony by Director General Josef Aschbacher."))
    assert ("Josef Aschbacher", "headOf", "ESA") in got, sorted(got)
    assert ("Josef Aschbacher", "memberOf", "ESA") not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Julia Horne represented France at the meeting.",
    "Julia Horne met representatives of NASA in Houston.",
    "NASA was praised by Julia Horne.",
])
def test_no_membership_without_an_organization_represented(read, text):
    got = triples(read(text))
    assert not any(s == "Julia Horne" and p in ("memberOf", "headOf") for s, p, _ in got), sorted(got)
