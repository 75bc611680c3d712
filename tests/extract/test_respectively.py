"""Two lists a clause pairs in order with "respectively" (rules/respectively.py, dep:respectively; session 36): the
pairs at the same place in both lists, and only they. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, prop, pairs, wrong", [
    ("ESA and JAXA built the Vela and Orla orbiters, respectively.", "providedBy",
     {("Vela", "ESA"), ("Orla", "JAXA")}, {("Vela", "JAXA"), ("Orla", "ESA")}),
    ("The Vela and Orla orbiters were built by ESA and JAXA, respectively.", "providedBy",
     {("Vela", "ESA"), ("Orla", "JAXA")}, {("Vela", "JAXA"), ("Orla", "ESA")}),
    ("The two landers, Vela and Orla, will be provided by CNES and DLR respectively.", "providedBy",
     {("Vela", "CNES"), ("Orla", "DLR")}, {("Vela", "DLR"), ("Orla", "CNES")}),
    ("The Vela and Orla orbiters will study Mars and Venus, respectively.", "target",
     {("Vela", "Mars"), ("Orla", "Venus")}, {("Vela", "Venus"), ("Orla", "Mars")}),
])
def test_respectively_pairs_the_lists_in_order(read, text, prop, pairs, wrong):
    got = {(s, o) for s, p, o in triples(read(text)) if p == prop}
    assert pairs <= got and not wrong & got, got


def test_respectively_pairs_heads_with_the_bodies_they_head(read):
    got = triples(read("Kari Holm and Anders Lind head the Norwegian Space Agency and the Swedish National Space "
                       "Agency, respectively."))
    assert {(s, o) for s, p, o in got if p == "headOf"} == {("Kari Holm", "Norwegian Space Agency"),
                                                          ("Anders Lind", "Swedish National Space Agency")}, got


def test_without_respectively_every_pair_stays(read):
    got = {(s, o) for s, p, o in triples(read("ESA and JAXA built the Vela and Orla orbiters.")) if p == "providedBy"}
    assert {("Vela", "ESA"), ("Vela", "JAXA"), ("Orla", "ESA"), ("Orla", "JAXA")} <= got, got
