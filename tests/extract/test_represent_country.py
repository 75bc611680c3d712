"""A body that represents a country in an organization tells that the country is its member: "the agency
represents Norway in ESA and EUMETSAT" (lexicon REPRESENT_VERBS, rules/memberships.py). A person representing
a country at a meeting, or a body represented in a case, tells of no membership. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, country, orgs", [
    ("The Orla Space Agency represents Norway in ESA and EUMETSAT.", "Norway", ["ESA", "EUMETSAT"]),
    ("The new agency will represent Latvia in the European Space Agency.", "Latvia", ["ESA"]),
])
def test_a_country_represented_in_an_organization_is_its_member(read, text, country, orgs):
    got = triples(read(text))
    for org in orgs:
        assert (country, "memberOf", org) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Ana Ruiz represents Spain at the meeting in Paris.",
    "The lawyer represents Orbix in the case.",
])
def test_no_membership_without_an_organization(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "memberOf" and x[0] in ("Spain", "Orbix")], sorted(got)
