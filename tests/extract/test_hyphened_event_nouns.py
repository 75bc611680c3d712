"""Event nouns written with a hyphen ("re-entry", "lift-off", "break-up") are split by the tokenizer into three
pieces; they are the same event nouns as "reentry", "liftoff" (lexicon OCCURRENCE_NOUNS, flights.occurrence_class)
and label the event whole (Tree.hyphened_start). A hyphened word that is no event noun makes none. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, cls, craft, label", [
    ("The re-entry of the Aldebra-2 satellite took place on 4 May 2020.", "Event", "Aldebra-2", "re-entry"),
    ("The Aldebra-2 satellite completed a controlled re-entry over the Pacific Ocean on 4 May 2020.", "Event",
     "Aldebra-2", "re-entry"),
    ("The break-up of the Kestrel satellite on 3 May 2020 created 200 fragments.", "Event", "Kestrel", "break-up"),
    ("The lift-off of the Vela probe took place on 4 June 2020 from Kourou.", "Launch", "Vela", "lift-off"),
])
def test_a_hyphened_event_noun_is_an_event(read, text, cls, craft, label):
    got = read(text)
    evs = [e for e in got.entities.values() if cls in e.classes]
    assert evs, labels(got)
    assert any(e.label.startswith(label) for e in evs), labels(got)
    assert any(p == "participant" and o == craft for _, p, o in triples(got)), triples(got)


@pytest.mark.parametrize("text", [
    "The Aldebra-2 satellite carries a state-of-the-art camera.",
    "The follow-up of the Kestrel satellite data is planned.",
])
def test_other_hyphened_words_make_no_event(read, text):
    got = read(text)
    assert not any("Event" in e.classes for e in got.entities.values()), labels(got)
