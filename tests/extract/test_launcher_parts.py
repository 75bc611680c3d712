"""Who builds or supplies a launcher's engine or stage takes part in building the launcher: "The Zephra-1 rocket
uses the Kaede-7 engine built by Kurogane Heavy Industries", "the engines of the Zephra-1 rocket are built by
...", "... builds the engines for the Zephra-1 rocket" (lexicon LAUNCHER_PART_NOUNS, SUPPLY_VERBS; rule
frame:launcher-part-maker). The maker of the whole rocket stays its provider, and the maker of a satellite's
engine no rocket's contributor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

MAKER = "Kurogane Heavy Industries"


@pytest.mark.parametrize("text", [
    "The Zephra-1 rocket uses the Kaede-7 engine built by Kurogane Heavy Industries.",
    "The Zephra-1 rocket is powered by nine Kaede-7 engines supplied by Kurogane Heavy Industries.",
    "The engines of the Zephra-1 rocket are built by Kurogane Heavy Industries.",
    "Kurogane Heavy Industries builds the engines for the Zephra-1 rocket.",
    "Kurogane Heavy Industries supplies the upper stage of the Zephra-1 rocket.",
    "The first stage of the Zephra-1 rocket uses seven Brask-5 engines made by Kurogane Heavy Industries.",
])
def test_the_maker_of_a_launchers_part_contributes_to_it(read, text):
    got = triples(read(text))
    assert (MAKER, "contributesTo", "Zephra-1") in got, got
    assert ("Zephra-1", "providedBy", MAKER) not in got, got


def test_the_maker_of_the_whole_rocket_provides_it(read):
    got = triples(read("Kurogane Heavy Industries builds the Zephra-1 rocket."))
    assert ("Zephra-1", "providedBy", MAKER) in got and (MAKER, "contributesTo", "Zephra-1") not in got, got


@pytest.mark.parametrize("text", [  # (a satellite's engine makes its maker contribute to the satellite:
    "The Zephra-1 rocket carries the Lumo-2 satellite built by Kurogane Heavy Industries.",  # test_craft_part_makers)
])
def test_no_launcher_part_no_contribution_to_a_rocket(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got


@pytest.mark.parametrize("text", [
    "Kurogane Heavy Industries, the engine supplier for the Zephra-1 rocket, tested the engine in May.",
    "Kurogane Heavy Industries is the upper stage manufacturer of the Zephra-1 rocket.",
])
def test_a_part_supplier_noun_contributes_to_the_rocket(read, text):
    got = triples(read(text))
    assert (MAKER, "contributesTo", "Zephra-1") in got and ("Zephra-1", "providedBy", MAKER) not in got, got


def test_the_prime_contractor_for_a_rocket_still_provides_it(read):
    got = triples(read("Kurogane Heavy Industries, the prime contractor for the Zephra-1 rocket, tested it in May."))
    assert ("Zephra-1", "providedBy", MAKER) in got, got
