""""The Kelmar Space Agency unveiled the Orvik sample at the Halden Space Center": a showing is about the thing shown
(rules/showcases.py, lexicon SHOWCASE_VERBS, AUDIENCE_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, verb, shown", [
    ("The Kelmar Space Agency unveiled the Tarsa rover at the Halden Space Center on 11 October.", "unveil", "Tarsa"),
    ("At the Halden Space Center, the Kelmar Space Agency showed the Tarsa rover to the public for the first time.",
     "show", "Tarsa"),
    ("The Kelmar Space Agency presented the Tarsa rover to the press on 11 October.", "present", "Tarsa"),
])
def test_a_showing_is_about_what_is_shown(read, text, verb, shown):
    facts = triples(read(text))
    assert any(s.startswith(verb) and p == "topic" and o == shown for s, p, o in facts), facts
    assert any(s.startswith(verb) and p == "participant" and o == "Kelmar Space Agency" for s, p, o in facts), facts


def test_data_that_show_make_no_showing(read):
    got = read("The data show that the Tarsa rover is healthy.")
    assert not any("Event" in e.classes for e in got.entities.values()), triples(got)
