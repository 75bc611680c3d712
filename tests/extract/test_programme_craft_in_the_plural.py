""""The Galileo satellites": a name the knowledge base gives to several things, before a plural noun of craft, is
the programme whose craft they are, not a single probe of that name (mentions.find_candidates gives such a
name a mission's hint for the knowledge base's choice). A single craft so named stays the craft. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _iris(got, label):
    return {e.kb.iri.rsplit("/", 1)[-1] for e in got.entities.values() if e.label == label and e.kb is not None}


@pytest.mark.parametrize("text", [
    "The Galileo satellites were launched on an Ariane 6 rocket.",
    "Two more Galileo satellites will join the constellation in 2026.",
])
def test_a_programmes_craft_in_the_plural(read, text):
    assert _iris(read(text), "Galileo") == {"Galileo"}


@pytest.mark.parametrize("text", [
    "Galileo, NASA's probe to Jupiter, was launched in 1989.",
])
def test_a_single_craft_so_named_stays_the_craft(read, text):
    assert _iris(read(text), "Galileo") == {"Galileo_Probe"}
