"""A title over a unit an organization owns ("head of the agency's Earth observation directorate", "director of
BSA's science department"): the person is a member of the owner (dep:apposition-title); the possessor may be a
name or "the agency" in view. Written sentences."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("The Boreal Space Agency launched Talin in 2025. \"It works,\" said Aino Virtanen, head of the agency's "
     "planetary exploration directorate.", "Aino Virtanen", "Boreal Space Agency"),
    ("The Boreal Space Agency (BSA) launched Talin in 2025. Aino Virtanen, head of BSA's planetary exploration "
     "directorate, welcomed the news.", "Aino Virtanen", "Boreal Space Agency"),
    ("Mikko Lahti, head of the Finnish Meteorological Institute's space research unit, spoke in Oslo.",
     "Mikko Lahti", "Finnish Meteorological Institute"),
    ("Ilse Novak, director of the Tamar Space Institute's science department, opened the session.", "Ilse Novak",
     "Tamar Space Institute"),
])
def test_head_of_an_organizations_unit_is_its_member(read, text, person, org):
    facts = triples(read(text))
    assert (person, "memberOf", org) in facts, facts
    assert (person, "headOf", org) not in facts, facts


@pytest.mark.parametrize("text", [
    "Aino Virtanen, head of the Kestrel mission's science team, spoke in Oslo.",  # a mission owns it
    "Aino Virtanen, head of the team's planning unit, spoke in Oslo.",  # no organization in view
])
def test_no_membership_of_an_owner_that_is_no_organization(read, text):
    facts = triples(read(text))
    assert not any(p in ("memberOf", "headOf") for _, p, _ in facts), facts
