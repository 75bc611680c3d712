"""What a craft is made of, read from "made up of", "composed of" and "A and B make up X" (frame:includes), and a
part "on board" with no craft after it, aboard the one craft told of (dep:aboard-in-view). Session 37; sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, parts", [
    ("The Vela mission is made up of the Orka orbiter and the Lyra lander.", {"Orka", "Lyra"}),
    ("The Vela mission, made up of the Orka orbiter and the Lyra lander, will launch in 2030.", {"Orka", "Lyra"}),
    ("The Orka orbiter and the Lyra lander make up the Vela mission.", {"Orka", "Lyra"}),
    ("The Vela mission is composed of an orbiter and a lander.", {"orbiter", "lander"}),
])
def test_what_a_craft_is_made_of_is_part_of_it(read, text, parts):
    t = triples(read(text))
    got = {s.split(" of ")[0] for s, p, o in t if p == "partOf" and o == "Vela"}
    assert parts <= got, t


def test_a_craft_made_of_nothing_listed_has_no_parts(read):
    assert not any(p == "partOf" for s, p, o in triples(read("The Vela mission is made of carbon fibre.")))


@pytest.mark.parametrize("text", [
    "Kelva-7 will explore the lunar south pole. Instruments from Egypt, Bahrain and Italy are on board.",
    "Kelva-7 will explore the lunar south pole. Three instruments are aboard.",
])
def test_a_part_on_board_is_aboard_the_craft_told_of(read, text):
    t = triples(read(text))
    assert any(p == "partOf" and o == "Kelva-7" for s, p, o in t), t


def test_on_board_with_two_craft_told_of_is_aboard_neither(read):
    t = triples(read("Kelva-7 and Kelva-8 will fly together. Instruments from Egypt are on board."))
    assert not any(p == "partOf" for s, p, o in t), t
