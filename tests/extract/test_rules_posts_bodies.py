"""An executive a governing body appoints heads the organization the body governs (rules/post_owners.governed,
lexicon GOVERNING_BODIES, BODY_HEAD_TITLES). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("The Council of ESA appointed Carlos Mendes as Director-General.", "Carlos Mendes", "ESA"),
    ("The ESA Council appointed Carlos Mendes as Director General on 2 July.", "Carlos Mendes", "ESA"),
    ("EUMETSAT's Council appointed Phil Evans as its Director-General.", "Phil Evans", "EUMETSAT"),
    ("The Board of Directors of Orla Space Industries appointed Tom Berg as chief executive.", "Tom Berg",
     "Orla Space Industries"),
])
def test_rules_posts_bodies_an_executive_heads_the_governed_organization(read, text, person, org):
    got = read(text)
    assert (person, "headOf", org) in triples(got), sorted(triples(got))


@pytest.mark.parametrize("text, person, body", [
    ("The ESA Council elected Ingrid Hansen as its Chair.", "Ingrid Hansen", "ESA Council"),
    ("Phil Evans was appointed President of the Council of EUMETSAT.", "Phil Evans", "Council of EUMETSAT"),
])
def test_rules_posts_bodies_a_chair_heads_the_body_itself(read, text, person, body):
    got = read(text)
    assert (person, "headOf", body) in triples(got), sorted(triples(got))
