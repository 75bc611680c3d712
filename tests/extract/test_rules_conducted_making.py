"""Making told through a noun ("X will lead the development of Y": X develops Y; extract/nominal.py), and the
one chosen to build in the active voice ("ESA selected the company X to build Y"; frames._inherit).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("The company Vexel Aerospace will lead the development of the Corvid satellite.", "Corvid"),
    ("The company Vexel Aerospace will oversee the construction and testing of the Corvid satellite.", "Corvid"),
    ("The company Vexel Aerospace manages the design of the Lyra probe.", "Lyra"),
    ("ESA selected the company Vexel Aerospace to lead the development of the Corvid satellite.", "Corvid"),
])
def test_who_conducts_the_making_provides(read, text, craft):
    got = triples(read(text))
    assert (craft, "providedBy", "Vexel Aerospace") in got, sorted(got)
    assert (craft, "providedBy", "ESA") not in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The company Vexel Aerospace will lead the operations of the Corvid satellite.",
    "The company Vexel Aerospace will lead the Corvid science team.",
])
def test_conducting_what_makes_nothing_provides_nothing(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "providedBy"], sorted(got)


@pytest.mark.parametrize("text", [
    "ESA has selected the company Vexel Aerospace to build the Corvid satellite.",
    "ESA chose the company Vexel Aerospace to build the Corvid satellite.",
])
def test_the_one_chosen_builds(read, text):
    got = triples(read(text))
    assert ("Corvid", "providedBy", "Vexel Aerospace") in got and ("Corvid", "providedBy", "ESA") not in got, \
        sorted(got)
