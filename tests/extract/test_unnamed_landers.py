"""frame:land-on and frame:land-site-body with a craft told of by its noun alone ("the robotic lander", "ISRO's
lunar lander"): it landed on the world its site names, and the landing is an event. On sentences written for
this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, world", [
    ("The robotic lander touched down on Mars on 3 March 2026.", "Mars"),
    ("The robotic lander touched down in Halden Crater on Mars on 3 March 2026.", "Mars"),
    ("Orvik's lunar lander set down near the south pole of the Moon on 23 February 2026.", "Moon"),
])
def test_a_lander_told_of_by_its_noun_lands_on_the_world(read, text, world):
    got = {(s.split(" [")[0], p, o.split(" [")[0]) for s, p, o in triples(read(text))}
    landers = {s for s, p, o in got if p == "landedOn" and o == world}
    assert landers and any(p == "participant" and o in landers and s.startswith("landing") for s, p, o in got), got


def test_a_noun_that_is_no_craft_lands_on_nothing(read):
    got = triples(read("The delegation landed in Tokyo on 3 March 2026."))
    assert not any(p == "landedOn" for _, p, _ in got), got
