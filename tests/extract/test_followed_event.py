""""A reception followed at the Embassy of Sweden", "A dinner followed in the Columbus Hall on 4 May": an event
noun whose verb is an intransitive "follow" with a place or a day took place there (rules/occurrences.py
dep:event-took-place). "The landing followed the burn" (an object) tells of order, not of a place. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, noun, place", [
    ("A reception followed at the Embassy of Sweden in Tokyo.", "reception", "Embassy of Sweden"),
    ("JAXA and Morrow Aerospace signed a memorandum in Tokyo on 3 June 2026. A reception followed at the Embassy "
     "of Sweden.", "reception", "Embassy of Sweden"),
    ("A dinner followed in Toulouse on 4 May 2026.", "dinner", "Toulouse"),
])
def test_an_event_that_followed_somewhere_took_place_there(read, text, noun, place):
    got = triples(read(text))
    assert any(s.startswith(noun) and p == "locatedIn" and o == place for s, p, o in got), got


def test_an_event_that_followed_another_is_no_place(read):
    got = triples(read("The landing followed the deorbit burn over Utah."))
    assert not any(p == "locatedIn" for s, p, o in got), got
