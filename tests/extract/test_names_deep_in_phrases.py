"""A name deep in its phrase's compounds ("the [Kelvo] Earth observation satellite") is what the phrase denotes, before
an apposition that says what it is one of ("..., the ninth Earth Explorer mission": named_children); a world's name
that opens a mission's name ("Earth Explorer", "Moon Pathfinder") is no world told of (programme_bodies). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft, maker, whole", [
    ("ESA has signed a contract with OHB to build the Kelvo Earth observation satellite, the ninth Earth Explorer "
     "mission.", "Kelvo", "OHB", "Earth Explorer"),
    ("CNES chose Airbus to build the Tessaly X-ray astronomy satellite, the third Vela Science mission.", "Tessaly",
     "Airbus", "Vela Science"),
])
def test_the_name_deep_in_the_phrase_is_what_is_built(read, text, craft, maker, whole):
    found = triples(read(text))
    assert (craft, "providedBy", maker) in found and (whole, "providedBy", maker) not in found, found


@pytest.mark.parametrize("text, world", [
    ("Kelvo will be the ninth Earth Explorer mission.", "Earth"),
    ("The Moon Pathfinder satellite will relay data for the rovers.", "Moon"),
])
def test_a_world_opening_a_missions_name_is_no_world(read, text, world):
    assert world not in labels(read(text))
