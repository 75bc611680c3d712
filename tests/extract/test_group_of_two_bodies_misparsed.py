"""People of two bodies ("representatives of ESA and Atlantis Rockets", "engineers from A and B") stand for both,
though the parser hangs the first name on the second's head as a modifier (groups.coordinated_modifier, read
now by the delegate and worker nouns as by things()). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The meeting in Paris on 3 May was attended by representatives of ESA and Atlantis Rockets.",
    "Representatives of ESA and Atlantis Rockets met in Paris on 3 May.",
    "Engineers from ESA and Atlantis Rockets met in Paris on 3 May.",
])
def test_both_bodies_take_part(read, text):
    got = triples(read(text))
    parts = {o for s, p, o in got if p == "participant"}
    assert {"ESA", "Atlantis Rockets"} <= parts, sorted(got)


def test_one_body_named_with_a_place_stays_one(read):
    got = triples(read("Representatives of Atlantis Rockets met in Paris and Lisbon on 3 May."))
    assert {o for s, p, o in got if p == "participant"} == {"Atlantis Rockets"}, sorted(got)
