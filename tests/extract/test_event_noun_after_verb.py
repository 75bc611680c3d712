"""A bare definite event noun takes back the event its verb told of just before ("X opened the centre on 3 May.
The opening was attended by Y": Y took part in that opening; lexicon OCCURRENCE_NOUN_VERBS, told_events.py), in
any rule that reads the noun, not only in the performers' rule. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _participants(x) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in x.relations:
        if r.predicate == "participant":
            out.setdefault(r.subject, set()).add(x.entities[r.object].label)
    return out


@pytest.mark.parametrize("text, first, later", [
    ("Clara Neves, Minister of Science, opened the new test centre in Evora on 18 February. The opening was "
     "attended by representatives of Atlantis Rockets.", "Clara Neves", "Atlantis Rockets"),
    ("Tomas Berg visited the Orla Institute in Santiago on 2 February. The visit was attended by the Chilean "
     "Space Agency.", "Tomas Berg", "Chilean Space Agency"),
])
def test_the_event_noun_is_the_event_the_verb_told_of(read, text, first, later):
    parts = _participants(read(text))
    assert any({first, later} <= p for p in parts.values()), parts


def test_an_event_noun_with_its_own_phrase_is_another(read):
    parts = _participants(read("Clara Neves opened the new test centre in Evora on 18 February. The opening of the "
                               "second centre was attended by representatives of Atlantis Rockets."))
    assert not any({"Clara Neves", "Atlantis Rockets"} <= p for p in parts.values()), parts
