""""The Tarvos orbiter arrived at Mars in 2030. HPA and MBRSC signed an agreement on the mission in Dubai in 2025": a
place phrase the parser hangs on a definite craft or mission noun tells where, not which craft: "the mission" is the
one told of before (extract/placed_craft.py, kept by Context.definite), so it is the agreement's topic. Another kind
of modifier still makes another thing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, triple", [
    ("The Tarvos orbiter of HPA arrived at Mars in 2030. HPA and MBRSC signed an agreement on the mission in Dubai "
     "in 2025.", ("agreement (2025) [t]", "topic", "Tarvos")),
    ("NASA's Kirra rover landed on Mars in 2026. The rover in Ostrava Crater was built by the Jet Propulsion "
     "Laboratory.", ("Kirra", "providedBy", "Jet Propulsion Laboratory")),
])
def test_a_definite_craft_with_a_place_is_the_craft_told_of(read, text, triple):
    got = triples(read(text))
    assert triple in got, got


def test_another_modifier_still_makes_another_craft(read):
    got = triples(read("NASA's Kirra rover landed on Mars in 2026. The rover of the Chinese agency was built by "
                       "Halden Aerospace."))
    assert ("Kirra", "providedBy", "Halden Aerospace") not in got, got
