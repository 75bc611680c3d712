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


@pytest.mark.parametrize("text, kind, org", [
    ("Maria Kovacs joined the project in 2010. She is a member of the board of the Vela Space Agency.", "memberOf",
     "Vela Space Agency"),
    ("Karl Berg spoke first. He is the President of the Vela Space Agency.", "headOf", "Vela Space Agency"),
])
def test_title_units_pronoun_subject(read, text, kind, org):
    facts = {(s, str(p), o) for s, p, o in triples(read(text))}
    person = text.split(" ")[0] + " " + text.split(" ")[1]
    assert (person, kind, org) in facts, facts


def test_title_units_pronoun_without_a_person(read):
    """"It is a member of X": no person is in view, nothing is said of anyone."""
    facts = triples(read("The Vela Space Agency was founded in 1990. It is a member of the Zephyr Council."))
    assert not any(str(p) == "memberOf" for _, p, _ in facts), facts
