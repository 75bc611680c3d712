"""A body that flies its own part on another's craft provides the part and takes part in the craft's mission
("The Valdorian Space Agency will fly an instrument on NASA's Lunar Trailblazer mission": frame:carried,
lexicon FLY_PAYLOAD_VERBS); flying a thing somewhere ("The Navy flew the capsule to the base") provides
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body, whole", [
    ("The Valdorian Space Agency will fly an instrument on NASA's Lunar Trailblazer mission.",
     "Valdorian Space Agency", "Lunar Trailblazer"),
    ("CNES will fly its camera on the Tarvos orbiter.", "CNES", "Tarvos"),
])
def test_a_flown_part_is_provided(read, text, body, whole):
    got = triples(read(text))
    assert (body, "contributesTo", whole) in got, got
    assert any(p == "providedBy" and o == body for _, p, o in got), got


def test_flying_a_thing_somewhere_provides_nothing(read):
    got = triples(read("The Navy flew the capsule to the base in 2026."))
    assert not any(p in ("providedBy", "contributesTo") for _, p, _ in got), got
