"""A craft that sees something on, in or around a body studies the body: "Webb has detected carbon dioxide in the
atmosphere of the exoplanet WASP-39b", "Hinode recorded a powerful flare on the Sun", "Euclid has spotted an
Einstein ring around the galaxy NGC 6505" (rules/sightings.py frame:seen-on-body; "SN 1987A" is a catalogue
designation, extract/designations.py). People who see it, or Earth, give no target. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Vela telescope has detected carbon dioxide in the atmosphere of the exoplanet Tarsis-4b.", "Vela",
     "Tarsis-4b"),
    ("The Kelva solar observatory recorded a powerful flare on the Sun.", "Kelva", "Sun"),
    ("The Vela telescope has spotted a rare Einstein ring around the galaxy NGC 6505.", "Vela", "NGC 6505"),
    ("The Vela telescope detected a jet near the black hole Sagittarius A* in May.", "Vela", "Sagittarius A"),
    ("The Kelva satellite observed the remnant of supernova SN 1987A in 2024.", "Kelva", "SN 1987A"),
])
def test_a_craft_seeing_something_on_a_body_targets_it(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Astronomers detected water in the atmosphere of the exoplanet Tarsis-4b.",
    "The Vela satellite detected methane over the Arctic on Earth.",
    "The Vela satellite measured sea ice in the Arctic.",
])
def test_no_craft_or_only_earth_no_target(read, text):
    got = triples(read(text))
    assert not any(p == "target" for _, p, _ in got), got
