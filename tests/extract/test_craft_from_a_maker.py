"""A craft "from" a university, an institute or a company is theirs to build: providedBy (rules/relations.py
dep:craft-from-org, beside "an experiment of DLR"): "The Lumio-3 CubeSat from the Technical University of Breden
was deployed from the ISS" gave nothing. A mission "from" a body is no thing supplied, and signals "from" a craft
say nothing of its maker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, maker", [
    ("The Lumio-3 CubeSat from the Technical University of Breden was deployed from the ISS on 3 May 2024.",
     "Lumio-3", "Technical University of Breden"),
    ("The AstraSat-2 CubeSat from the Vantor Institute of Technology carries a small camera.", "AstraSat-2",
     "Vantor Institute of Technology"),
])
def test_a_craft_from_a_maker_is_provided_by_it(read, text, craft, maker):
    got = triples(read(text))
    assert (craft, "providedBy", maker) in got, got


@pytest.mark.parametrize("text", [
    "The Vela mission from the University of Lorvik will study the Moon.",
    "Signals from the Lumio-3 CubeSat were received by the University of Lorvik.",
])
def test_no_maker_from_a_mission_or_from_signals(read, text):
    got = triples(read(text))
    assert not any(p == "providedBy" for _, p, _ in got), got
