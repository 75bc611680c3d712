"""A craft that comes down carrying samples, or matter (lexicon ``SAMPLE_MATTER_NOUNS``), brought them back
(rules/carried_down.py, frame:landed-carrying; session 36). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, world", [
    ("The capsule landed in Australia carrying ten grams of soil collected from Phobos.", "capsule", "Phobos"),
    ("The Orsa capsule touched down in Utah on 3 May, carrying samples from asteroid Pelion.", "Orsa", "Pelion"),
    ("The Vela return module landed in the Gobi desert carrying lunar rock from the Moon.", "Vela", "Moon"),
])
def test_a_craft_landing_with_samples_returned_them(read, text, craft, world):
    got = triples(read(text))
    returned = [(s, o) for s, p, o in got if p == "returned" and s.startswith(craft)]
    assert returned, got
    assert any((o, "sampleFrom", world) in got for _, o in returned), got


@pytest.mark.parametrize("text", [
    "The Sisu lander touched down on Mars on 18 February, carrying the Talin rover.",
    "The lander landed on the Moon carrying two cameras and a drill.",
    "The delegation landed in Tokyo carrying soil from the test site.",  # no craft came down
])
def test_a_craft_landing_with_other_cargo_returned_nothing(read, text):
    assert not any(p == "returned" for _, p, _ in triples(read(text)))
