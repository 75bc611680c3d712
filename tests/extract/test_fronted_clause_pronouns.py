""""Because it built the Halo camera, Orbix Space will ...": the subject pronoun of a clause set before the main
clause's subject stands for that subject (possessors._fronted_owner, as "Since its launch, X ..." does for a
possessive). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("The Orla satellite was launched in 2024. Because it built the Halo camera, Orbix Space will receive the award.",
     ("Halo", "providedBy", "Orbix Space")),
    ("After it signed the agreement, the Vela Space Agency joined the Orla mission.",
     ("agreement", "signatory", "Vela Space Agency")),
])
def test_a_fronted_clauses_pronoun_is_the_subject_after_it(read, text, fact):
    facts = {(s.split(" [")[0].split(" (")[0], p, o) for s, p, o in triples(read(text))}
    assert fact in facts, facts


def test_a_person_pronoun_takes_no_body(read):
    facts = triples(read("Because he led the team, the Vela Space Agency received the award."))
    assert not any(o == "Vela Space Agency" and p == "headOf" for s, p, o in facts), facts
