"""Who builds or supplies a craft's part (solar arrays, thrusters, an onboard computer, a propulsion system)
takes part in building the craft (contributesTo), as the maker of a launcher's engine does the launcher's
(lexicon CRAFT_PART_NOUNS, rules/launcher_parts.py). A craft's part is no launcher's part, and a noun that
is no part ("a panel of experts", "the ground system") gives nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, maker, craft", [
    ("Helion Power supplies the solar arrays of the Lyrion-5 satellite.", "Helion Power", "Lyrion-5"),
    ("The Lyrion-5 satellite uses solar arrays supplied by Helion Power.", "Helion Power", "Lyrion-5"),
    ("The thrusters of the Lyrion-5 satellite are made by Vantor Thrust.", "Vantor Thrust", "Lyrion-5"),
    ("Quirin Electronics will supply the onboard computer of the Lyrion-5 satellite.", "Quirin Electronics",
     "Lyrion-5"),
    ("The Vela probe's propulsion system was developed by Ostmark Systems.", "Ostmark Systems", "Vela"),
    ("The batteries of the Kelpra-2 satellite were produced by Tessin Structures.", "Tessin Structures",
     "Kelpra-2"),
    ("Kurogane Heavy Industries built the engine of the Lumo-2 satellite.", "Kurogane Heavy Industries", "Lumo-2"),
])
def test_the_maker_of_a_craft_part_contributes_to_the_craft(read, text, maker, craft):
    got = triples(read(text))
    assert (maker, "contributesTo", craft) in got, got


@pytest.mark.parametrize("text", [
    "Kurogane supplies the engines of the Zephra-1 rocket.",
    "The Zephra-1 rocket uses the Kaede-7 engine built by Kurogane.",
])
def test_a_launcher_part_still_gives_the_launcher(read, text):
    got = triples(read(text))
    assert ("Kurogane", "contributesTo", "Zephra-1") in got, got


@pytest.mark.parametrize("text", [
    "Helion Power supplies the batteries of the Zephra-1 rocket.",
    "ESA provides the panel of experts for the Vela mission.",
    "The Vela mission's ground system was developed by Ostmark Systems.",
])
def test_no_craft_part_no_contribution(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got
