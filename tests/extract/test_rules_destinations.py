"""frame:arrive-target and seq:bound-for on sentences written for them: where a craft is going."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Zephyr mission will land on Mars in November.", "Zephyr", "Mars"),
    ("The Vela probe will arrive at the asteroid Bennu in 2026.", "Vela", "Bennu"),
    ("The Mars-bound Kestrel orbiter will be launched in July.", "Kestrel", "Mars"),
    ("The Zephyr probe, bound for Jupiter, carries ten instruments.", "Zephyr", "Jupiter"),
    ("The Lyra spacecraft is now headed for the Moon.", "Lyra", "Moon"),
])
def test_rules_destinations_wordings(read, text, craft, body):
    facts = triples(read(text))
    assert (craft, "target", body) in facts, facts


@pytest.mark.parametrize("text", [
    "The Orion capsule will land on Earth next week.",
    "The Vela probe arrived at the Kennedy Space Center in May.",
])
def test_rules_destinations_not_home_or_a_place(read, text):
    """Coming home to Earth, or reaching a launch site, names no target."""
    facts = triples(read(text))
    assert not any(p == "target" for _, p, _ in facts), facts


@pytest.mark.parametrize("text", [
    "The Nova probe will fly to the asteroid Apophis.",
    "The Nova probe will head to the asteroid Apophis.",
])
def test_destinations_a_name_after_its_class_noun_is_the_target(read, text):
    """The parser hangs "Apophis" off the verb in "fly to the asteroid Apophis"."""
    assert ("Nova", "target", "Apophis") in triples(read(text)), triples(read(text))
