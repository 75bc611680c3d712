"""A definite noun with a placing participle set off by commas takes back what was told of before ("Orbix
Aerospace will build X. The company, based in Gdansk, will also supply its camera": the company is Orbix
Aerospace; context.definite). A group led by someone is a group of its own. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_placed_aside_takes_back(read):
    got = triples(read("Orbix Aerospace will build the Tarvos orbiter. The company, based in Gdansk, will also "
                       "supply its camera."))
    assert any(p == "providedBy" and o == "Orbix Aerospace" and s.startswith("camera") for s, p, o in got), got


def test_a_led_group_is_its_own(read):
    got = triples(read("ESA and the Kelmar Institute signed an agreement. The team, led by Lena Varga, will build "
                       "the camera."))
    assert not any(p == "providedBy" and o in ("ESA", "Kelmar Institute") for _, p, o in got), got
