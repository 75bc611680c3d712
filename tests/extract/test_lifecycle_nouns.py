"""The body that decides a mission's extension or end, told by a noun, operates it: "CNES approved the extension
of the Aldora mission", "ESA's Science Programme Committee has confirmed the extension of the Vela mission", "the
decommissioning of the Sela satellite by JAXA" (lexicon LIFECYCLE_NOUNS, LIFECYCLE_DECIDING_VERBS; rules/
lifecycle.py dep:lifecycle-noun). Who welcomes or asks about an end, or a person, decides nothing. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, org", [
    ("CNES approved the extension of the Aldora mission.", "Aldora", "CNES"),
    ("ESA's Science Programme Committee has confirmed the extension of the Vela mission until 2029.", "Vela", "ESA"),
    ("JAXA announced the end of the Sela mission on 5 May.", "Sela", "JAXA"),
    ("The decommissioning of the Sela satellite by JAXA was completed on 5 May.", "Sela", "JAXA"),
])
def test_who_decides_an_extension_or_end_operates_the_mission(read, text, craft, org):
    assert (craft, "operatedBy", org) in triples(read(text))


@pytest.mark.parametrize("text", [
    "ESA welcomed the end of the Sela mission.",
    "Reporters asked ESA about the end of the Vela mission.",
    "The end of the Sela mission was announced by Anna Berg.",
    "CNES approved the extension of the contract with OHB.",
])
def test_no_decision_or_no_body_no_operator(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for _, p, _ in got), got
