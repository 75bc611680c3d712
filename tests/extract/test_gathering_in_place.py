"""A gathering noun in an "at" / "during" phrase, placed by its own "in" phrase, is a gathering held there, though
no one in the clause attends it: "the results were presented at a workshop in Paris", "the award was presented
at a ceremony in London on 5 May" (rules/body_events.py dep:gathering-in-place). A gathering with no place, or a
place with no gathering, makes none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, event, place", [
    ("The results were presented at a workshop in Paris.", "workshop [t]", "Paris"),
    ("The award was presented at a ceremony in London on 5 May.", "ceremony (2020-05-05) [t]", "London"),
    ("The prize was handed over during a ceremony in Rome.", "ceremony [t]", "Rome"),
    ("The first images were shown at a press conference in Tokyo.", "press conference [t]", "Tokyo"),
])
def test_a_placed_gathering_in_a_venue_phrase_is_held_there(read, text, event, place):
    assert (event, "locatedIn", place) in triples(read(text))


@pytest.mark.parametrize("text", [
    "The results were presented at a workshop.",
    "The results were presented at a laboratory in Paris.",
])
def test_no_place_or_no_gathering_makes_no_event(read, text):
    got = read(text)
    assert not any(c in ("Meeting", "Conference", "Event") for e in got.entities.values() for c in e.classes), \
        labels(got)
