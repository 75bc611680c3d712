"""A country that joins an organization in the second of two coordinated verbs is its member all the same:
"Estonia signed the accession agreement and will become the agency's 20th member state", "Malta signed the
agreement and joined the Norvik Space Agency" (the coordinated verb's subject is the first verb's;
dep:member-state, rules/memberships.py). A second verb with a subject of its own keeps it. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("Ministers of the Norvik Space Agency met in Seville on 26 November. Estonia signed the accession "
     "agreement and will become the agency's 20th member state on 1 January 2027.",
     ("Estonia", "memberOf", "Norvik Space Agency")),
    ("Malta signed the accession agreement and joined the Norvik Space Agency in 2026.",
     ("Malta", "memberOf", "Norvik Space Agency")),
    ("Latvia signed the agreement in Riga and became a member state of the Andes Space Agency.",
     ("Latvia", "memberOf", "Andes Space Agency")),
])
def test_the_second_verb_shares_the_subject(read, text, fact):
    found = triples(read(text))
    assert fact in found, sorted(found)


@pytest.mark.parametrize("text, not_member", [
    ("Malta signed the agreement in Valletta and Estonia joined the Norvik Space Agency in 2026.", "Malta"),
    ("The Norvik Space Agency welcomed Malta and became a member of the Andes Space Forum.", "Malta"),
])
def test_a_subject_of_its_own_or_an_object_is_no_joiner(read, text, not_member):
    found = triples(read(text))
    assert not any(s == not_member and p == "memberOf" for s, p, _ in found), sorted(found)
