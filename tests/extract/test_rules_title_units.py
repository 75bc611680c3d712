"""dep:title with a part of an organization and with "at" on the copula, on sentences written for the test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("Anna Lind, head of the propulsion department at the Vela Space Agency, said the test went well.",
     "Anna Lind", "Vela Space Agency"),
    ("Karl Berg, Director of the Earth observation programme at ESA, opened the meeting.", "Karl Berg", "ESA"),
])
def test_title_units_head_of_a_part_is_a_member(read, text, person, org):
    facts = {(s, str(p), o) for s, p, o in triples(read(text))}
    assert (person, "memberOf", org) in facts, facts
    assert (person, "headOf", org) not in facts, facts


def test_title_units_head_of_the_organization_still_heads_it(read):
    facts = {(s, str(p), o) for s, p, o in triples(read("Anna Lind, head of the Vela Space Agency, said the test "
                                                         "went well."))}
    assert ("Anna Lind", "headOf", "Vela Space Agency") in facts, facts


def test_title_units_copula_with_at(read):
    """"X was Director of Science at Y": the parser hangs "at Y" on the verb; Y is still the organization."""
    facts = {(s, str(p), o) for s, p, o in triples(read("Maria Kovacs was previously Director of Science at the "
                                                         "Kestrel Institute in Oslo."))}
    assert ("Maria Kovacs", "memberOf", "Kestrel Institute") in facts, facts
