""""During the Orla-4 mission, astronauts A and B drilled into the surface of Mars": who acts in a clause set during a
mission contributes to it, and the world where it happened is its target (rules/during_missions.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "During the Orla-4 mission, astronauts Ana Ruiz and Ivo Stark drilled into the surface of Mars.",
    "The only such samples were taken on Mars during the Orla-4 mission, when two astronauts, Ana Ruiz and Ivo "
    "Stark, drilled into the surface.",
    "Such readings were taken on Mars only once, during the Orla-4 mission, when two astronauts, Ana Ruiz and Ivo "
    "Stark, bored as deep as two metres into the ground with a small drill.",
])
def test_who_acts_during_a_mission_contributes_to_it(read, text):
    facts = triples(read(text))
    assert {("Ana Ruiz", "contributesTo", "Orla-4"), ("Ivo Stark", "contributesTo", "Orla-4"),
            ("Orla-4", "target", "Mars")} <= facts, facts


def test_earth_photographed_during_a_mission_is_no_target(read):
    facts = triples(read("During the Orla-4 mission, astronaut Ana Ruiz photographed the Earth."))
    assert ("Orla-4", "target", "Earth") not in facts, facts
