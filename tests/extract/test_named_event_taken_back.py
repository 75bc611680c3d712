""""ESA launched the Orbit CubeSat Challenge in May. The challenge is co-funded by the Kestrian Ministry": a bare
definite event noun takes back the named event whose name ends with that noun, capitalized (the tagger's proper noun:
happenings.earlier_mention), as it did a lower-case one ("the Kestrel Space Conference ... The conference").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, fact", [
    ("ESA launched the Orbit CubeSat Challenge in May. The challenge is co-funded by the Kestrian Ministry of "
     "Education.", "Orbit CubeSat Challenge", ("Kestrian Ministry of Education", "contributesTo")),
    ("ESA organised the Kestrel Space Conference in Oslo. The conference was opened by Ana Duarte.",
     "Kestrel Space Conference", ("Ana Duarte", "participant")),
])
def test_the_event_noun_is_the_named_event(read, text, event, fact):
    got = triples(read(text))
    who, prop = fact
    assert (who, prop, event) in got or (event, prop, who) in got, got
