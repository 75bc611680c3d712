"""A craft taken hold of "from" a place was there: "recovered the capsule from the Atlantic Ocean" places the
recovery (rules/occurrences.py, HANDLE_VERBS); a world it came from is no place of the recovery. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, place", [
    ("The team recovered the capsule from the Atlantic Ocean on 3 May.", "Atlantic Ocean"),
    ("Navy divers retrieved the capsule from the Pacific Ocean on 14 June.", "Pacific Ocean"),
])
def test_the_recovery_was_where_the_craft_was_taken_from(read, text, place):
    got = triples(read(text))
    assert any(p == "locatedIn" and o == place and s.startswith(("recover", "retrieve")) for s, p, o in got), got


def test_a_world_is_no_place_of_the_recovery(read):
    got = triples(read("In 2019 the probe recovered samples from the asteroid Ryugu."))
    assert not any(p == "locatedIn" and o == "Ryugu" for _, p, o in got), got
