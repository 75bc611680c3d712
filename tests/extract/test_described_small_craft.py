"""Small craft told by their class noun are things a clause can say something of ("Students of the University of
Orsena built a nanosatellite"): lexicon DESCRIBED_THINGS. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, noun", [
    ("Students of the University of Orsena built a nanosatellite.", "nanosatellite"),
    ("The University of Orsena developed a microsatellite for the mission.", "microsatellite"),
])
def test_a_small_craft_noun_is_a_thing(read, text, noun):
    got = triples(read(text))
    assert any(s.startswith(noun) and p == "providedBy" and o == "University of Orsena" for s, p, o in got), got
