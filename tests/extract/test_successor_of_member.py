"""A successor in a post that makes a member ("A, Director of Launchers at X, will retire. He will be succeeded by
B") is a member of X as A was (frame:succession, rules/departures.py); one who was a member of two bodies leaves
the post unsure. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Pedro Sousa, Director of Launchers at the Orla Institute, will retire in July. He will be succeeded by Joana "
    "Reis, currently head of propulsion at Atlantis Rockets.",
    "Pedro Sousa, Director of Launchers at the Orla Institute, will retire in July. Joana Reis will replace him.",
])
def test_the_successor_of_a_member_is_a_member(read, text):
    got = triples(read(text))
    assert ("Joana Reis", "memberOf", "Orla Institute") in got, sorted(got)


def test_a_member_of_two_bodies_leaves_no_sure_post(read):
    got = triples(read("Pedro Sousa, an engineer at the Orla Institute and a member of the ESA Council, will retire "
                       "in July. He will be succeeded by Joana Reis."))
    assert not [x for x in got if x[0] == "Joana Reis"], sorted(got)
