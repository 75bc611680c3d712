"""Companies in one consortium are partners: "A is a member of the X Consortium, together with B and C", "A and B
are members of the X Consortium", "A is part of a consortium led by B", "A has joined the consortium led by B"
(dep:fellow-members, rules/fellow_members.py). One body alone, people, and a country's membership give no
partners. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _partners(got, a: str, b: str) -> bool:
    return (a, "partnerOf", b) in got or (b, "partnerOf", a) in got


@pytest.mark.parametrize("text, a, b", [
    ("Kessler Aerospace is a member of the European Launcher Consortium, together with Ventis Propulsion and "
     "Argos Space.", "Kessler Aerospace", "Argos Space"),
    ("Kessler Aerospace and Ventis Propulsion are members of the European Launcher Consortium.",
     "Kessler Aerospace", "Ventis Propulsion"),
    ("Kessler Aerospace is part of a consortium led by Argos Space.", "Kessler Aerospace", "Argos Space"),
    ("Kessler Aerospace has joined the consortium led by Argos Space.", "Kessler Aerospace", "Argos Space"),
])
def test_fellow_members_of_a_consortium_are_partners(read, text, a, b):
    got = triples(read(text))
    assert _partners(got, a, b), sorted(got)


@pytest.mark.parametrize("text", [
    "Kessler Aerospace is a member of the consortium.",
    "Tom Hale is a member of the consortium, together with Anna Berg.",
    "Norway is a member of ESA, together with Sweden.",
])
def test_no_partners_without_two_bodies_in_a_consortium(read, text):
    got = triples(read(text))
    assert not any(p == "partnerOf" for _, p, _ in got), sorted(got)
