"""A numbered name's short form in brackets, the clip of its first word and its number ("Axiom Mission 4 (Ax-4)",
"Kelvo Flight 12 (Ke-12)"), is its alias, and a later use of it is the same thing (acronyms._numbered_short).
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, short", [
    ("The Axiom Mission 4 (Ax-4) crew docked with the station on 26 June. Ax-4 carried four astronauts.",
     "Axiom Mission 4", "Ax-4"),
    ("The Kelvo Flight 12 (Ke-12) mission reached orbit on 3 May. Ke-12 carried two satellites.", "Kelvo Flight 12",
     "Ke-12"),
])
def test_the_short_form_is_the_same_thing(read, text, name, short):
    ex = read(text)
    (ent,) = [e for e in ex.entities.values() if e.label == name]
    assert short in ent.aliases and sum(m.text == short for m in ent.mentions) >= 1, ent
    assert not any(e.label == short for e in ex.entities.values())


def test_another_number_is_no_short_form(read):
    ex = read("The Axiom Mission 4 (Ax-5) crew docked with the station on 26 June.")
    (ent,) = [e for e in ex.entities.values() if e.label == "Axiom Mission 4"]
    assert "Ax-5" not in ent.aliases
