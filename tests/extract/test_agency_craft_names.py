"""A body, a craft's class noun and the craft's name written as one phrase ("NASA rover Tarvos collected a sample"):
the parser's reading of the body as the subject is repaired (extract/agency_craft.py), so the craft does what the
clause says and the body runs it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("NASA rover Tarvos collected a rock sample on 2 March.", "Tarvos", "NASA"),
    ("The NASA rover Tarvos collected a rock sample on 2 March.", "Tarvos", "NASA"),
    ("Yesterday, ESA probe Kelvo reached Venus.", "Kelvo", "ESA"),
    ("JAXA probe Orsalis landed on the asteroid on 9 May.", "Orsalis", "JAXA"),
])
def test_the_body_runs_the_named_craft_that_acts(read, text, craft, body):
    found = triples(read(text))
    assert (craft, "operatedBy", body) in found, found
    assert any(p == "participant" and o == craft for s, p, o in found), found
    assert not any(p == "participant" and o == body for s, p, o in found), found


@pytest.mark.parametrize("text, person, body", [
    ("ESA astronaut Sophie Adenot flew to the station on 3 May.", "Sophie Adenot", "ESA"),
    ("ESA mission manager Ana Ruiz said the probe is healthy.", "Ana Ruiz", "ESA"),
])
def test_a_persons_title_is_no_craft(read, text, person, body):
    found = triples(read(text))
    assert not any(p == "operatedBy" for s, p, o in found), found
