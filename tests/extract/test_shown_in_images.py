"""What a craft's images or data show is a body the craft looked at: "the new image from the Vela telescope shows
the galaxy NGC 4411", "the image, taken by the Vela telescope, shows the Orion Nebula", "the images were taken by
the Vela telescope and show X", "observations by the Vela probe show that the asteroid Tarsk is rich in water"
(lexicon SHOWING_VERBS, SENT_DOWN_NOUNS; rules/sightings.py frame:shown-in-images). Data from a body, or Earth
shown, give no target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The new image from the Vela telescope shows the galaxy NGC 4411.", "Vela", "NGC 4411"),
    ("The image, taken by the Vela telescope, shows the Orion Nebula.", "Vela", "Orion Nebula"),
    ("The images were taken by the Vela telescope and show the galaxy NGC 4411.", "Vela", "NGC 4411"),
    ("Observations by the Vela probe show that the asteroid Tarsk is rich in water.", "Vela", "Tarsk"),
    ("The Vela probe was launched in 2024. Vela's first images reveal the spiral galaxy NGC 4411 in detail.", "Vela",
     "NGC 4411"),
    ("The Meridian telescope was launched in 2025. The images were taken by the telescope's Halcyon camera and show "
     "the spiral galaxy NGC 4411.", "Meridian", "NGC 4411"),
])
def test_what_a_crafts_images_show_it_targets(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Data from ESA show that the asteroid Tarsk is rich in water.",
    "The images from the Vela satellite show the Earth at night.",
    "Studies by astronomers show that the asteroid Tarsk is rich in water.",
])
def test_no_craft_or_earth_no_target(read, text):
    got = triples(read(text))
    assert not any(p == "target" for _, p, _ in got), got
