"""A country joining an organization told in a relative clause is a member of it, the relative pronoun standing
for its antecedent: "Estonia, which joined ESA in 2015", "ESA, which Slovenia joined in 2025", "the European
Space Agency, which the country joined as an Associate Member" (rules/memberships.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, country, org", [
    ("Estonia, which joined ESA in 2015, signed the agreement.", "Estonia", "ESA"),
    ("ESA, which Slovenia joined in 2025, welcomed the decision.", "Slovenia", "ESA"),
    ("Latvia will be represented in the European Space Agency, which the country joined as an Associate Member "
     "in 2020.", "Latvia", "ESA"),
])
def test_a_relative_accession_makes_a_member(read, text, country, org):
    got = triples(read(text))
    assert (country, "memberOf", org) in got, sorted(got)


def test_a_relative_clause_of_no_country_makes_no_member(read):
    got = triples(read("ESA, which the Orla Institute joined in 2025 as a partner, welcomed the decision."))
    assert not [x for x in got if x[1] == "memberOf"], sorted(got)
