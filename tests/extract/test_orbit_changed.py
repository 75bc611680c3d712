"""A verb of changing or measuring with "the orbit of X" (lexicon ORBIT_CHANGE_VERBS) is about X's own orbit:
the craft that changes it targets X and orbits nothing; "entered orbit around X" still orbits X. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Arrowhead spacecraft changed the orbit of the asteroid Dimoros during its impact on 2 March.",
     "Arrowhead", "Dimoros"),
    ("The Vela impactor altered the orbit of the asteroid Kessaris in 2022.", "Vela", "Kessaris"),
    ("The Lyra probe changed the orbit of the asteroid Dimoros-7.", "Lyra", "Dimoros-7"),
])
def test_a_changed_orbit_is_the_bodys_own(read, text, craft, body):
    got = triples(read(text))
    assert (craft, "orbits", body) not in got, got
    assert (craft, "target", body) in got, got


@pytest.mark.parametrize("text, craft, body", [
    ("The Vela probe entered orbit around Mars in 2020.", "Vela", "Mars"),
    ("The Lyra orbiter was placed in orbit around Venus.", "Lyra", "Venus"),
])
def test_an_entered_orbit_is_still_the_crafts(read, text, craft, body):
    got = triples(read(text))
    assert (craft, "orbits", body) in got, got
