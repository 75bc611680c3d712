""""Contribute a camera to ESA's X mission", "contribute solar arrays and a camera to X": the parser often hangs
the "to" phrase on the object (or on its last conjunct), not the verb;
the mission is still what the thing is part of and what its giver contributes to (frame:supply). A "to" phrase
naming no craft gives neither. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, giver, mission", [
    ("JAXA will contribute an infrared camera to ESA's Ramses mission.", "JAXA", "Ramses"),
    ("CNES will supply the radar to NASA's Kestrel mission.", "CNES", "Kestrel"),
    ("ASI will contribute a spectrometer to JAXA's Lyra mission.", "ASI", "Lyra"),
    ("ESA's Ramses mission will visit Apophis. JAXA will contribute solar arrays and an infrared camera to Ramses.",
     "JAXA", "Ramses"),
])
def test_a_thing_given_to_an_owned_mission_is_part_of_it(read, text, giver, mission):
    got = triples(read(text))
    assert (giver, "contributesTo", mission) in got, got
    assert any(p == "partOf" and o == mission for _, p, o in got), got


@pytest.mark.parametrize("text", [
    "JAXA will provide the images to the public.",
    "ESA will contribute its expertise to the Hera team.",
])
def test_no_craft_no_contribution(read, text):
    got = triples(read(text))
    assert not any(p in ("contributesTo", "partOf") for _, p, o in got), got
