"""frame:training on sentences written for it: a training a person begins or completes (COURSE_VERBS,
TRAINING_NOUNS: data) is an event they take part in, at the place the clause names; other objects and
verbs make none."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _training(facts, who: str) -> set[str]:
    return {s for s, p, o in facts if p == "participant" and o == who and "training" in s}


@pytest.mark.parametrize("text, people, place", [
    ("Clara Benedek will begin training at the European Astronaut Centre in Cologne in April 2026.",
     {"Clara Benedek"}, "European Astronaut Centre"),
    ("Tomas Varga and Clara Benedek completed their basic training at the European Astronaut Centre in 2025.",
     {"Tomas Varga", "Clara Benedek"}, "European Astronaut Centre"),
    ("Aino Virtanen started her training at the Kestra Cosmonaut Training Center in May.", {"Aino Virtanen"},
     "Kestra Cosmonaut Training Center"),
])
def test_a_training_begun_or_completed_is_an_event_at_its_place(read, text, people, place):
    facts = triples(read(text))
    events = [_training(facts, p) for p in people]
    assert all(events) and set.intersection(*events), facts
    assert any(s in events[0] and p == "locatedIn" and o == place for s, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "The Kestrel mission will begin operations in May.",  # no training
    "Clara Benedek praised the training at the European Astronaut Centre.",  # no course verb
])
def test_no_training_event_without_a_course_verb_and_noun(read, text):
    facts = triples(read(text))
    assert not any(p == "participant" and "training" in s for s, p, _ in facts), facts
