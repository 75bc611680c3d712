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


def test_who_presents_at_a_placed_gathering_takes_part(read):
    got = triples(read("CNES presented the satellite at an exhibition in Paris."))
    assert ("exhibition [t]", "participant", "CNES") in got and ("exhibition [t]", "locatedIn", "Paris") in got, got


def test_a_named_gathering_in_the_phrase_is_no_second_one(read):
    got = read("ISRO will exhibit a model of Dhruva at the Space Expo exhibition in Bengaluru.")
    assert ("Space Expo", "locatedIn", "Bengaluru") in triples(got), triples(got)
    assert not any("exhibition [t]" in x for x in labels(got)), labels(got)
