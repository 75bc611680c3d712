"""A named instrument after a hyphened maker is that maker's: "the DLR-built Zephyr radiometer", "the
ESA-developed Helix-2 camera" (rules/inferences.py dep:hyphened-agent). The rule read only craft by name and
made a second, described instrument ("DLR-built Zephyr radiometer") for the provider, leaving the named one
without it. An unnamed instrument keeps its described node. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, thing, maker", [
    ("The satellite carries the DLR-built Zephyr radiometer.", "Zephyr", "DLR"),
    ("The satellite carries the ESA-developed Helix-2 camera.", "Helix-2", "ESA"),
    ("Ardent-7 will host the CNES-designed CLIMA-H sensor.", "CLIMA-H", "CNES"),
])
def test_a_named_instrument_is_provided_by_the_hyphened_maker(read, text, thing, maker):
    got = read(text)
    assert (thing, "providedBy", maker) in triples(got), triples(got)
    assert not any(lab.endswith("[t]") and "Instrument" in e.classes for e in got.entities.values()
                   for lab in [e.label]), labels(got)


def test_an_unnamed_instrument_keeps_its_described_node(read):
    got = triples(read("The satellite carries a DLR-built radiometer."))
    assert any(p == "providedBy" and o == "DLR" for s, p, o in got), got
