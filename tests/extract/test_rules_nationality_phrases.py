"""rules/relations.py, dep:nationality-modifier on sentences written for it: a nationality does not spread from a
common noun to a name or to a body's people coordinated with it ("the Dutch minister and ESA officials"), and
still spreads over names under one noun ("the Italian A and B satellites")."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("The ceremony was attended by the Dutch minister and ESA officials.", "ESA"),
    ("The Italian minister and NASA representatives visited the site.", "NASA"),
    ("The Spanish ambassador and a CNES delegation toured the plant.", "CNES"),
])
def test_nationality_of_a_noun_is_not_the_coordinated_bodys(read, text, body):
    got = triples(read(text))
    assert not any(s == body and p == "country" for s, p, _ in got), got


@pytest.mark.parametrize("text, expected", [
    ("The Italian GOSAT-1 and GOSAT-2 satellites were launched.", {("GOSAT-2", "country", "Italy")}),
    ("The Japanese agencies JAXA and NICT signed the agreement.",
     {("JAXA", "country", "Japan"), ("NICT", "country", "Japan")}),
])
def test_nationality_still_spreads_over_names_under_one_noun(read, text, expected):
    got = triples(read(text))
    assert expected <= got, got
