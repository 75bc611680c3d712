""""In 2019 Canada became the first partner to pledge itself to the Kelvar station": a dated commitment is an event,
its subject's, about what it is to (rules/commitments.py, lexicon COMMIT_VERBS); "to be delivered to the lunar outpost
in 2026": a destination's date is the going's (dated_words.attachment). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, about", [
    ("In 2019, Canada became the first partner to pledge itself to the Kelvar station.", "Canada", "Kelvar"),
    ("Norway committed in March 2024 to the Kestrel mission.", "Norway", "Kestrel"),
    ("In May 2025 the Vela Space Agency vowed to support the Orla mission.", "Vela Space Agency", "Orla"),
])
def test_a_dated_commitment_is_an_event(read, text, who, about):
    facts = triples(read(text))
    events = {s for s, p, o in facts if p == "participant" and o == who}
    assert events and any((s, "topic", about) in facts for s in events), facts


def test_an_undated_commitment_is_no_event(read):
    got = read("Norway has committed to the Kestrel mission.")
    assert not any("Event" in e.classes for e in got.entities.values()), triples(got)


def test_a_destinations_date_is_the_goings(read):
    got = read("The agency will supply a robotic arm called Kelvarm. The arm is to be delivered to the lunar outpost "
               "in 2026.")
    assert any(d.value == "2026" and "Kelvarm" in {got.entities[r.object].label for r in got.relations
                                                    if r.subject == d.subject} for d in got.dates), triples(got)
