"""Bodies that have (or celebrate) a history, a tradition or years of cooperation are partners (session 23,
rules/cooperation.cooperate: a cooperation noun in the object's "of" phrase, as in the object itself). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, a, b", [
    ("ESA and JAXA have a long history of cooperation.", "ESA", "JAXA"),
    ("CNES and ISRO celebrated 60 years of partnership in 2024.", "CNES", "ISRO"),
    ("The Orvik Space Agency and NASA share a tradition of collaboration.", "NASA", "Orvik Space Agency"),
])
def test_a_shared_history_of_cooperation_makes_partners(read, text, a, b):
    got = triples(read(text))
    assert (a, "partnerOf", b) in got or (b, "partnerOf", a) in got, got


def test_a_history_of_something_else_makes_none(read):
    got = triples(read("ESA and JAXA have a long history of exploration."))
    assert not any(p == "partnerOf" for s, p, o in got), got
