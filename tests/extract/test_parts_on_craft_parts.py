""""Mounted on the rover's robotic arm", "the rover's mast carries the Vidar camera", "sits on the rover's mast": an
instrument held by a part of a craft (lexicon MOUNTING_NOUNS and CRAFT_PART_NOUNS, with the craft as its possessor
or "of" phrase) is part of that craft (rules/payloads.py frame:carried). A part of something that is no craft, and a
body that "sits on" a board, give no part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, craft", [
    ("NASA's Talvi rover landed on Mars. The Ondra spectrometer is mounted on the rover's robotic arm.", "Ondra",
     "Talvi"),
    ("NASA's Talvi rover landed on Mars. The rover's mast carries the stereo camera system Vidar.", "Vidar", "Talvi"),
    ("NASA's Talvi rover landed on Mars. The Vidar camera sits on the rover's mast.", "Vidar", "Talvi"),
    ("NASA's Talvi rover landed on Mars. The Vidar camera, mounted on Talvi's mast, took the first panorama.",
     "Vidar", "Talvi"),
    ("The Koru lander touched down on the Moon. The Tane seismometer is attached to the deck of the lander.", "Tane",
     "Koru"),
])
def test_an_instrument_on_a_part_of_a_craft_is_part_of_the_craft(read, text, part, craft):
    assert (part, "partOf", craft) in triples(read(text)), triples(read(text))


@pytest.mark.parametrize("text", [
    "The Vidar camera sits on the mast of the research vessel Arkona.",
    "ESA sits on the board of the Veyra mission.",
])
def test_no_part_of_a_craft_no_part(read, text):
    got = triples(read(text))
    assert not any(p == "partOf" for _, p, _ in got), got
