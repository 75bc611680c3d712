"""frame:purpose-target and dep:encounter-noun on sentences written for them: a craft's target read from
what it is for and from what happens to it at a body."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("JAXA leads the Vela probe, whose goal is to gather samples from the asteroid Ryugu.", "Vela", "Ryugu"),
    ("The aim of the Vela mission is to map Venus.", "Vela", "Venus"),
    ("The Vela probe is a mission designed to study Jupiter.", "Vela", "Jupiter"),
    ("Led by ESA, the Vela probe is an international mission, designed to observe the impact of NASA's Zephyr probe on "
     "Didymos.", "Vela", "Didymos"),
])
def test_rules_aims_purpose_clause(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


@pytest.mark.parametrize("text, craft, body", [
    ("The landing of the Zephyr probe on Venus is planned for 2026.", "Zephyr", "Venus"),
    ("The Vela probe's arrival at Jupiter is expected in 2030.", "Vela", "Jupiter"),
    ("Scientists will watch the impact of the Zephyr probe on Didymos.", "Zephyr", "Didymos"),
])
def test_rules_aims_encounter_noun(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


@pytest.mark.parametrize("text", [
    "The goal of the Zephyr team is to study Venus.",
    "The Vela capsule's landing on Earth is planned for June.",
    "The Vela probe returned to Earth.",
])
def test_rules_aims_not_for_teams_or_earth(read, text):
    facts = triples(read(text))
    assert not any(p == "target" for _, p, _ in facts), facts
