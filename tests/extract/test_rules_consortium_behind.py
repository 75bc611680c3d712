"""rules/roles.py, dep:partner-in on sentences written for it: "the consortium behind the Kestrel lander includes
A, B and C" — each member contributes to the craft (CONTRIBUTOR_NOUNS: consortium; the preposition "behind")."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, members, craft", [
    ("The consortium behind the Kestrel lander includes OHB, Airbus and the University of Bern.",
     ("OHB", "Airbus", "University of Bern"), "Kestrel"),
    ("The industrial consortium for the Vela probe comprises Thales Alenia Space and OHB.",
     ("Thales Alenia Space", "OHB"), "Vela"),
])
def test_consortium_members_contribute(read, text, members, craft):
    got = triples(read(text))
    assert {(m, "contributesTo", craft) for m in members} <= got, got


@pytest.mark.parametrize("text", [
    "The consortium behind the lander includes OHB and Airbus.",  # no named craft
    "OHB leads a consortium of ten companies.",
])
def test_consortium_without_a_named_craft(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got
