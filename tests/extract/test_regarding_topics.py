"""What an agreement is "regarding" or "concerning" is its topic also where the parser reads the word as a
participle with an object of a preposition ("an agreement regarding the Tarvos mission": dep:about). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, topic", [
    ("ESA and CNES signed an agreement regarding the Tarvos mission.", "Tarvos"),
    ("ESA and CNES signed an agreement concerning lunar exploration.", "lunar exploration"),
])
def test_a_regarding_phrase_gives_the_topic(read, text, topic):
    got = triples(read(text))
    assert any(s.startswith("agreement") and p == "topic" and o == topic for s, p, o in got), got
