"""The body that leads an instrument develops it: "the Vela telescope's NIRCam instrument, led by the University
of Arizona", "the Kelmar Institute leads the Corax spectrometer" (rules/instruments_used.py
frame:instrument-led-by). A person who leads it is its principal investigator, no provider; a mission led by a
body is run by it (frame:operator). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, inst, org", [
    ("The Vela telescope's NIRCam instrument, led by the University of Arizona, captured the image.", "NIRCam",
     "University of Arizona"),
    ("The Corax instrument is led by the Kelmar Institute with contributions from CNES.", "Corax", "Kelmar Institute"),
    ("The Kelmar Institute leads the Corax spectrometer.", "Corax", "Kelmar Institute"),
])
def test_the_body_leading_an_instrument_provides_it(read, text, inst, org):
    assert (inst, "providedBy", org) in triples(read(text))


def test_a_person_leading_an_instrument_provides_nothing(read):
    got = triples(read("The Corax instrument is led by Anna Berg."))
    assert not any(p == "providedBy" for _, p, _ in got), got


def test_a_mission_led_by_a_body_is_run_by_it(read):
    got = triples(read("The Vela mission is led by ESA."))
    assert ("Vela", "operatedBy", "ESA") in got and not any(p == "providedBy" for _, p, _ in got), got
