""""The constellation" in "X and Y, the latest members of the constellation" stands for a whole the text named
with that noun ("the Helion constellation"), not for the latest craft named (rules/wholes.py dep:part-noun):
Helion-25 was made part of Helion-26, or of a Tessa-1 satellite named before. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Helion-25 and Helion-26, the latest satellites of the constellation, were launched on 2 February 2026.",
    "Helion-25 and Helion-26, the latest members of the constellation, were launched on 2 February 2026.",
    "The Tessa-1 satellite was launched in 2020. Helion-25, the latest member of the constellation, was launched "
    "on 2 February 2026.",
])
def test_the_constellation_is_no_craft_named_before(read, text):
    got = triples(read(text))
    assert not any(p == "partOf" for s, p, o in got), got


@pytest.mark.parametrize("text, part, whole", [
    ("The Helion constellation was launched in 2020. Helion-25 and Helion-26, the latest members of the "
     "constellation, were launched in 2026.", "Helion-26", "Helion"),
    ("Kestrel-3, the third satellite in the Kestrel constellation, was launched.", "Kestrel-3", "Kestrel"),
])
def test_a_constellation_named_so_is_still_the_whole(read, text, part, whole):
    got = triples(read(text))
    assert (part, "partOf", whole) in got, got


def test_a_craft_joining_the_constellation_joins_no_craft(read):
    got = triples(read("The Tessa-1 satellite was launched in 2020. Helion-25 will join the constellation in May."))
    assert not any(p == "partOf" for s, p, o in got), got
    got = triples(read("The Helion constellation was launched in 2020. Helion-25 will join the constellation in May."))
    assert ("Helion-25", "partOf", "Helion") in got, got
