""""Kepler crater", "the Apollo basin": a name right before a landform's noun in lower case (lexicon
LANDFORM_NOUNS) is a place named after a mission or a person, not the mission the knowledge base knows by that
name (names.named_class). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The rover drilled its first rock core in Kepler crater.", "Kepler"),
    ("The rover landed near Galileo crater in 2026.", "Galileo"),
    ("The lander will touch down in the Apollo basin on the far side of the Moon.", "Apollo"),
    ("The team chose a site on the Copernicus plateau.", "Copernicus"),
])
def test_a_landform_named_after_a_mission_is_a_place(read, text, name):
    got = read(text)
    ents = [e for e in got.entities.values() if e.label == name]
    assert ents and all(e.kb is None and "Place" in e.classes for e in ents), [(e.label, e.classes, e.kb) for e in ents]


@pytest.mark.parametrize("text, name", [
    ("The Kepler mission found thousands of planets.", "Kepler"),
    ("Apollo 11 landed on the Moon in 1969.", "Apollo 11"),
])
def test_the_mission_itself_is_still_known(read, text, name):
    got = read(text)
    assert any(e.kb is not None for e in got.entities.values() if e.label == name), \
        [(e.label, e.classes, e.kb) for e in got.entities.values()]
