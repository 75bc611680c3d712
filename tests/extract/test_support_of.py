"""A body's support for a mission is its contribution to it (session 23: lexicon PARTICIPATION_NOUNS "support",
rules/payloads.contributions; "of" names the supported craft or mission as well as the supporter). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("NASA's support for the Orsa mission was vital.", "NASA"),
    ("JAXA thanked NASA for its support of the Orsa mission.", "NASA"),
    ("The support of CNES for the Orsa mission began in 2020.", "CNES"),
])
def test_support_for_a_mission_is_a_contribution(read, text, body):
    assert (body, "contributesTo", "Orsa") in triples(read(text))


@pytest.mark.parametrize("text", [
    "With the support of CNES, the team met in Toulouse.",
    "NASA's support for Earth observation grew in 2025.",
])
def test_support_of_nothing_built_is_no_contribution(read, text):
    assert not any(p == "contributesTo" for _, p, _ in triples(read(text)))
