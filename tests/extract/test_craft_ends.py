"""A craft's own end told in the past is an event with or without a date or a place: "the satellite re-entered
the atmosphere", "X was deorbited", "burned up" (lexicon CRAFT_END_VERBS; rules/occurrences.py). Told in the
future without a date, or of something that is no craft, it is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft", [
    ("The Kestrel-1 satellite re-entered the atmosphere over the Pacific Ocean.", "Kestrel-1"),
    ("The Kestrel-3 satellite was deorbited.", "Kestrel-3"),
    ("The Kestrel-5 satellite burned up in the atmosphere.", "Kestrel-5"),
])
def test_a_crafts_end_told_in_the_past_is_an_event(read, text, craft):
    got = triples(read(text))
    assert any(p == "participant" and o == craft for _, p, o in got), got


@pytest.mark.parametrize("text", [
    "The Kestrel-4 satellite will re-enter the atmosphere.",
    "The Kestrel-7 satellite is designed to burn up in the atmosphere.",
    "Three astronauts entered the Kestrel module.",
])
def test_no_end_to_come_or_of_no_craft(read, text):
    ext = read(text)
    assert not any(lab.startswith(("re-enter", "burn up", "deorbit", "enter")) for lab in labels(ext)), labels(ext)
