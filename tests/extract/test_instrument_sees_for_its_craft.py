"""A body a craft's instrument detects or observes, on it or as such, is the craft's target: "Vela's Corax
spectrometer detected water on the asteroid Tarsk", "its Corax spectrometer detected the asteroid Tarsk", "the
Corax spectrometer on Vela observed the star Vega" (rules/stakes.py infer:part-target, with lexicon SIGHTING_VERBS
beside STUDY_VERBS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("The Vela probe was launched in 2025. Vela's Corax spectrometer detected water on the asteroid Tarsk.", "Tarsk"),
    ("The Vela probe was launched in 2025. Its Corax spectrometer detected the asteroid Tarsk in May.", "Tarsk"),
    ("The Vela probe was launched in 2025. The Corax spectrometer on Vela observed the star Vega.", "Vega"),
])
def test_what_a_part_sees_the_craft_targets(read, text, body):
    assert ("Vela", "target", body) in triples(read(text))


def test_earth_is_no_target(read):
    got = triples(read("The Vela satellite was launched in 2025. Its Corax spectrometer detected methane on Earth."))
    assert not any(p == "target" for _, p, _ in got), got
