"""A body seen in what a craft sent down is a body the craft looked at: "astronomers discovered the comet Tarsk in
images from the Vela telescope", "using data from the Vela satellite, astronomers observed the star HD 110067",
"based on observations by the Vela telescope", "astronomers using the Vela telescope discovered X" (rules/
sightings.py frame:seen-with, lexicon SENT_DOWN_NOUNS). A date or a place "in" which it was seen names no craft.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("Using data from the Vela satellite, astronomers observed the star HD 110067.", "Vela", "HD 110067"),
    ("Astronomers discovered the comet Tarsk in images from the Vela telescope.", "Vela", "Tarsk"),
    ("The comet Tarsk was discovered in data from the Vela telescope.", "Vela", "Tarsk"),
    ("Based on observations by the Vela telescope, the team detected the exoplanet Tarsis-4b.", "Vela", "Tarsis-4b"),
    ("Astronomers using the Vela telescope discovered the asteroid 2026 KB3.", "Vela", "2026 KB3"),
])
def test_the_craft_the_data_came_from_targets_the_body(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Astronomers discovered the comet Tarsk in 2025 in Chile.",
    "Astronomers discovered the comet Tarsk in images from the Halvar Observatory in Chile.",
])
def test_no_craft_no_target(read, text):
    got = triples(read(text))
    assert not any(p == "target" for _, p, _ in got), got
