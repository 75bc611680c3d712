"""frame:target with a planet's adjective ("lunar", "Martian": PLANET_ADJECTIVES, data) in what a craft
reaches, maps or studies: "reached lunar orbit", "will map the Martian surface" target the body. Earth is no
adjective target, and a body's adjective on no craft's verb targets nothing. Written sentences."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Lyra probe reached lunar orbit in July 2025.", "Lyra", "Moon"),
    ("The Kestrel orbiter will map the Martian surface.", "Kestrel", "Mars"),
    ("The Tundra rover will explore the lunar highlands.", "Tundra", "Moon"),
    ("The Zephyr probe will study the Jovian atmosphere.", "Zephyr", "Jupiter"),
])
def test_a_planets_adjective_in_a_crafts_goal_is_its_target(read, text, craft, body):
    facts = triples(read(text))
    assert (craft, "target", body) in facts, facts


@pytest.mark.parametrize("text", [
    "The Vela Space Agency will study lunar exploration policies.",  # no craft
    "The Kestrel satellite will reach a terrestrial orbit in May.",  # no body's adjective
])
def test_no_adjective_target_without_a_craft_or_a_body(read, text):
    facts = triples(read(text))
    assert not any(p == "target" for _, p, _ in facts), facts


def test_named_bodies_come_before_a_planet_adjective(read):
    """"will study the Martian atmosphere and its moons Phobos and Deimos": the two moons named are targets
    (at most two bodies a clause; the adjective's planet does not push a named moon out)."""
    ex = read("The Kestrel probe entered orbit around Mars on 21 September. Kestrel will study the Martian "
              "atmosphere and its moons Phobos and Deimos.")
    targets = {ex.entities[r.object].label for r in ex.relations if r.predicate == "target"}
    assert {"Phobos", "Deimos"} <= targets
