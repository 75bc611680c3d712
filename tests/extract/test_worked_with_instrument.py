"""An instrument a craft observes or maps "with" or "using" is on board it: "the Dhruva probe mapped the asteroid
with the Taara imaging camera", "Kelva measured the ozone layer using the Sarn spectrometer" (rules/
instruments_used.py frame:worked-with-instrument). People who use an instrument, a measure ("with a resolution
of 2 metres") or another craft say nothing of what carries what. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, inst, craft", [
    ("The Dhruva probe mapped the asteroid with the Taara imaging camera.", "Taara", "Dhruva"),
    ("The Kelva satellite measured the ozone layer using the Sarn spectrometer.", "Sarn", "Kelva"),
    ("Using the Halcyon camera, the Vela probe imaged the comet.", "Halcyon", "Vela"),
    ("The Vela probe observed the comet with the Corax spectrometer in May.", "Corax", "Vela"),
])
def test_an_instrument_a_craft_works_with_is_part_of_it(read, text, inst, craft):
    assert (inst, "partOf", craft) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Astronomers observed the galaxy with the Halcyon camera.",
    "The Vela probe imaged the comet with a resolution of 2 metres.",
    "The Vela probe observed the comet with the Kelva spacecraft.",
])
def test_no_craft_or_no_instrument_no_part(read, text):
    got = triples(read(text))
    assert not any(p == "partOf" for _, p, _ in got), got
