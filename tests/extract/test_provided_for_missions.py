"""What a body provides "for" a mission, whatever it is, is its contribution to the mission, also where the
parser hangs the "for" phrase on what is provided ("ESA will provide the launch for the Tarvos mission":
frame:supply, rules/actions.py). Provided for a body is no contribution to a mission. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("ESA will provide the launch for the Tarvos mission.", "ESA"),
    ("The Kelmar Space Agency will provide ground station support for the Tarvos mission.", "Kelmar Space Agency"),
])
def test_what_is_provided_for_a_mission_contributes(read, text, body):
    got = triples(read(text))
    assert (body, "contributesTo", "Tarvos") in got, got


def test_provided_for_a_body_is_no_contribution(read):
    got = triples(read("ESA will provide the launch for Orbix Aerospace."))
    assert not any(p == "contributesTo" for _, p, _ in got), got


def test_what_is_provided_with_for_a_mission_contributes(read):
    got = triples(read("NASA will provide ESA with two radioisotope heaters for the Tarvos rover."))
    assert ("NASA", "contributesTo", "Tarvos") in got, got
