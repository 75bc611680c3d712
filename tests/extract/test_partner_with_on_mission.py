"""Bodies that work with each other on a craft or mission both contribute to it, though the parser hangs "on the
Vela mission" on the partner's name ("A will partner with B on the Vela mission", frame:cooperate, rules/
gatherings.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("verb", ["partner", "cooperate", "collaborate"])
def test_both_partners_contribute_to_the_mission(read, verb):
    got = triples(read(f"The Korvan Space Agency will {verb} with the Orla Institute on the Vela mission."))
    assert ("Korvan Space Agency", "contributesTo", "Vela") in got, sorted(got)
    assert ("Orla Institute", "contributesTo", "Vela") in got, sorted(got)


def test_a_place_after_the_partner_is_no_mission(read):
    got = triples(read("The Korvan Space Agency works with the Orla Institute in Lisbon."))
    assert not [x for x in got if x[1] == "contributesTo"], sorted(got)
