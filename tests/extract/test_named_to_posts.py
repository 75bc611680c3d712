"""Appointments whose person the parser reads as a modifier of the title ("has named Maria Fernandez chief
executive officer") and titles whose words the tagger reads as adjectives ("chief executive officer"): the person
heads the body all the same (rules/posts.py, rules/titles.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Orbix Systems has named Maria Fernandez chief executive officer.", "Maria Fernandez", "Orbix Systems"),
    ("The board named John Smith chairman of Orbix Systems.", "John Smith", "Orbix Systems"),
    ("The Vela Space Agency appointed Maria Fernandez as director general.", "Maria Fernandez",
     "Vela Space Agency"),
])
def test_the_person_named_to_a_head_post_heads_the_body(read, text, person, body):
    got = read(text)
    assert (person, "headOf", body) in triples(got), triples(got)


def test_the_named_person_takes_part_in_the_appointment_once(read):
    got = read("Orbix Systems has named Maria Fernandez chief executive officer.")
    took = [o for s, p, o in triples(got) if s.startswith("appointment") and p == "participant"]
    assert sorted(took) == ["Maria Fernandez", "Orbix Systems"], triples(got)
