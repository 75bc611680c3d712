"""Two classes, on sentences written for this test:

- frame:includes-people: the people a body is said to include ("The council includes A and B", "... includes experts
  from industry, including A and B") are its members;
- frame:meet: "will meet for the first time in Oslo" meets in Oslo (the parser hangs the place on "time").
"""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Advisory Council includes Tomas Berg and Marta Kell.",
    "The Advisory Council includes experts from industry, including Tomas Berg and Marta Kell.",
])
def test_the_people_a_body_includes_are_its_members(read, text):
    got = triples(read(text))
    assert {("Tomas Berg", "memberOf", "Advisory Council"), ("Marta Kell", "memberOf", "Advisory Council")} <= got, got


def test_a_payload_that_includes_a_camera_makes_no_member(read):
    assert not any(p == "memberOf" for _, p, _ in triples(read("The payload includes a camera built by Orbix.")))


def test_a_first_meeting_in_a_town_is_there(read):
    got = triples(read("ESA and JAXA met for the first time in Tokyo on 3 May 2026."))
    assert any(p == "locatedIn" and o == "Tokyo" and s.startswith("meeting") for s, p, o in got), got
