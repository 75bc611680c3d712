"""A panel discussion, a round table, a side event and a webinar are gatherings its speakers take part in
(lexicon HEAD_CLASSES); a "panel" alone stays a body of experts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, event, body", [
    ("ESA participated in a round table on space debris at the conference.", "round table [t]", "ESA"),
    ("The Italian Space Agency took part in a panel discussion on space sustainability.", "panel discussion [t]",
     "ASI"),
    ("JAXA took part in a side event on lunar exploration.", "side event [t]", "JAXA"),
    ("CNES took part in a panel session on space law.", "panel session [t]", "CNES"),
])
def test_who_takes_part_in_a_panel_discussion(read, text, event, body):
    got = triples(read(text))
    assert (event, "participant", body) in got, got


@pytest.mark.parametrize("text, event, topic", [
    ("ESA participated in a round table on space debris at the conference.", "round table [t]", "space debris"),
    ("The agency organised a webinar on Earth observation for students.", "webinar [t]", "Earth observation"),
])
def test_what_a_panel_discussion_is_on(read, text, event, topic):
    got = triples(read(text))
    assert (event, "topic", topic) in got, got


@pytest.mark.parametrize("text", [
    "A panel of experts reviewed the proposals.",
    "The proposals were reviewed by an independent panel.",
])
def test_a_panel_of_experts_is_no_gathering(read, text):
    got = read(text)
    assert not any(c in ("Event", "Meeting", "Conference") for e in got.entities.values() for c in e.classes), \
        labels(got)


@pytest.mark.parametrize("text, event, body", [
    ("ESA, JAXA and the Italian Space Agency took part in a high-level panel on space sustainability.",
     "high-level panel [t]", "JAXA"),
    ("CNES participated in a panel on space law at the conference.", "panel [t]", "CNES"),
])
def test_a_panel_taken_part_in_is_a_gathering(read, text, event, body):
    got = triples(read(text))
    assert (event, "participant", body) in got, got
