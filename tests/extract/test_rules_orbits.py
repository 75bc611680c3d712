"""frame:orbiting-apposition and dep:orbit-around on sentences written for them: a craft in orbit around a
body orbits it and, the body being no Earth, targets it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Vela orbiter entered orbit around Venus in 2016.", "Vela", "Venus"),
    ("The Zephyr probe was placed in orbit around Mars.", "Zephyr", "Mars"),
    ("The Zephyr probe's orbit around Jupiter will last two years.", "Zephyr", "Jupiter"),
])
def test_rules_orbits_orbit_noun(read, text, craft, body):
    facts = triples(read(text))
    assert (craft, "orbits", body) in facts and (craft, "target", body) in facts, facts


def test_rules_orbits_participle_on_an_apposition(read):
    """"the Gateway, an outpost circling the Moon": the participle hangs on "outpost", the craft is named."""
    facts = triples(read("NASA and CSA will work together on the Gateway, an outpost circling the Moon."))
    assert ("Lunar Gateway", "target", "Moon") in facts, facts


@pytest.mark.parametrize("text", [
    "The Zephyr satellite entered orbit around the Earth.",
    "The Moon's orbit around the Earth is elliptical.",
    "The Zephyr team studied the orbit of Mars.",
])
def test_rules_orbits_not_earth_nor_bodies_nor_teams(read, text):
    facts = triples(read(text))
    assert not any(p in ("orbits", "target") for _, p, _ in facts), facts
