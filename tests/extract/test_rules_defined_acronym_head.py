"""A name defined with its acronym in brackets, inside a phrase the parser hangs on the acronym
("ESA's Jupiter Icy Moons Explorer (Juice) mission"): the acronym's word is the name's, so the phrase's
owner, its head noun and what its clause says reach the name."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, operator", [
    ("JAXA's Martian Moons eXploration (MMX) mission will collect samples from Phobos in 2031.", "MMX", "JAXA"),
    ("NASA's Double Asteroid Redirection Test (DART) spacecraft struck Dimorphos in 2022.", "DART", "NASA"),
    ("The Vela Space Agency's Lunar Ice Survey Orbiter (LISO) mission will launch in 2029.",
     "Lunar Ice Survey Orbiter", "Vela Space Agency"),
])
def test_defined_acronym_in_a_possessed_phrase_is_the_name(read, text, craft, operator):
    got = triples(read(text))
    assert (craft, "operatedBy", operator) in got, got


def test_defined_acronym_brackets_naming_a_maker_stay_the_maker(read):
    """"the Zephyr camera (JAXA)": the brackets name another entity, which keeps its own mention."""
    got = triples(read("The Zephyr camera (JAXA) flew on the Lyra probe."))
    assert ("Zephyr", "providedBy", "JAXA") in got, got
