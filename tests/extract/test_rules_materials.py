"""Samples named by their matter (rules/materials.py, SAMPLE_MATTER_NOUNS): "the capsule returned 120 grams of
material from asteroid Pelion". Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Tamarind capsule returned 120 grams of material from the asteroid Pelion to Earth on 6 December 2024.",
     "Tamarind", "Pelion"),
    ("The Orlan probe brought back two kilograms of regolith from the Moon in March 2025.", "Orlan", "Moon"),
    ("In 2031 the Kestrel spacecraft will return rock fragments from Mars.", "Kestrel", "Mars"),
])
def test_matter_brought_back_is_a_sample_of_the_body(read, text, craft, body):
    got = triples(read(text))
    assert any(s == craft and p == "returned" for s, p, _ in got), sorted(got)
    assert any(p == "sampleFrom" and o == body for _, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "The Vela Space Agency returned the test material to Orbix Ltd in May 2025.",  # an agency: no craft
    "Dust from Mars covered the solar panels of the Orlan lander.",
    "The Kestrel probe returned images of the dust storms on Mars.",
])
def test_no_sample_without_a_craft_bringing_matter_back(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] in ("returned", "sampleFrom")], sorted(got)
