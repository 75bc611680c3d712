""""Perseverance has drilled and sealed its first rock core on Mars", "a sample of Martian soil", "the lunar
samples": a core drilled or matter scooped by a craft is a sample (lexicon RETURN_VERBS, SAMPLE_MATTER_NOUNS),
from the world it is taken on, also when two verbs share it; a sample of matter a world's adjective names is
from that world; a sample noun with a world's adjective is one even where nothing else told of it
(rules/materials.py, rules/relations.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, world", [
    ("Perseverance has drilled and sealed its first rock core on Mars.", "Mars"),
    ("The Tanager rover drilled two cores on Mars in March.", "Mars"),
    ("The Tanager rover collected a sample of Martian soil.", "Mars"),
    ("Scientists will study the lunar samples in Houston.", "Moon"),
])
def test_a_sample_is_from_its_world(read, text, world):
    got = read(text)
    assert any(p == "sampleFrom" and o == world for _, p, o in triples(got)), triples(got)


@pytest.mark.parametrize("text", [
    "Engineers drilled a hole in the wall of the test chamber.",
    "The team collected data on Mars weather for a year.",
])
def test_no_sample_without_matter(read, text):
    got = read(text)
    assert not any("Sample" in e.classes for e in got.entities.values()), triples(got)
