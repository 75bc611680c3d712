""""The Kesto probe reached Titan and landed on its surface": "its" before a part of a world (lexicon BODY_PART_NOUNS:
surface, atmosphere, pole ...) takes back a celestial body, not the craft, and not a body only named inside another
body's apposition ("Titan, the largest moon of Saturn"); the site's owner is the body landed on (worlds.site_bodies
reads the site's possessive). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, world", [
    ("The Kesto probe reached Titan and landed on its surface.", "Kesto", "Titan"),
    ("The Kesto probe reached Titan. It landed on its surface on 14 January.", "Kesto", "Titan"),
    ("The Kesto probe made a descent through the atmosphere of Titan, the largest moon of Saturn, and came to rest "
     "on its surface.", "Kesto", "Titan"),
    ("The Velan lander landed on the Moon's south pole.", "Velan", "Moon"),
])
def test_landed_on_a_world_told_by_its_part(read, text, craft, world):
    got = triples(read(text))
    assert {o for s, p, o in got if s == craft and p == "landedOn"} == {world}, got


def test_a_craft_part_stays_the_craft_s(read):
    got = triples(read("The Velan rover reached Mars in 2026. Its camera took images of the crater."))
    assert ("camera of Velan [t]", "partOf", "Velan") in got, got
