"""Items of "further", "other" or "more" things of a class are parts of the one craft in view (rules/payloads.py,
dep:listed-parts, lexicon FURTHER_WORDS): "Of the nine instruments on Kestra, three, namely A, B and C, ... In two
further instruments, D and E, ...". Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("second", [
    "In two further instruments, ZETA and KAPPA, the institute takes part as a science member.",
    "Two more instruments, ZETA and KAPPA, come from the Tarsis Agency.",
    "The Tarsis Agency provides two other instruments, ZETA and KAPPA.",
])
def test_further_items_are_parts_of_the_craft_in_view(read, second):
    text = ("The Kestra spacecraft will fly to Jupiter in 2031. Of the nine instruments carried on Kestra, three, "
            "namely TARN, VELA and ORBA, include parts that the Orbis Institute is providing. " + second)
    got = triples(read(text))
    assert {("ZETA", "partOf", "Kestra"), ("KAPPA", "partOf", "Kestra")} <= got, sorted(got)


def test_two_craft_in_view_say_nothing(read):
    text = ("The Kestra orbiter and the Vela lander will fly to Jupiter in 2031. Both carry instruments of the "
            "Orbis Institute. In two further instruments, ZETA and KAPPA, the institute takes part.")
    got = triples(read(text))
    assert not [x for x in got if x[0] in ("ZETA", "KAPPA") and x[1] == "partOf"], sorted(got)


def test_items_with_no_further_word_and_no_craft_named_are_no_parts(read):
    text = ("The Kestra spacecraft will fly to Jupiter in 2031. The Orbis Institute also works on two instruments, "
            "ZETA and KAPPA, for a ground telescope.")
    got = triples(read(text))
    assert not [x for x in got if x[0] in ("ZETA", "KAPPA") and x == (x[0], "partOf", "Kestra")], sorted(got)
