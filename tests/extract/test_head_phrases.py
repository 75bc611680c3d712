"""Heading said by a phrase, not a title: "A is at the head of the Kelso Institute", "A took the head of X"
(lexicon HELM_NOUNS "head", dep:at-the-helm), "A presides over the Council" (frame:head-verb reads the "over"
phrase of "preside"). Presiding over a ceremony heads no body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Tom Hale is at the head of the Kelso Institute.", "Tom Hale", "Kelso Institute"),
    ("Tom Hale, at the head of the Kelso Institute since 2015, spoke.", "Tom Hale", "Kelso Institute"),
    ("Tom Hale presides over the Kelso Institute.", "Tom Hale", "Kelso Institute"),
    ("Anna Berg will preside over the ESA Council from July.", "Anna Berg", "ESA Council"),
])
def test_a_phrase_of_heading_makes_the_head(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Tom Hale presided over the ceremony in Paris.",
    "The Vela rocket is at the head of the queue at Kourou.",
])
def test_no_head_of_an_occasion_or_a_queue(read, text):
    got = triples(read(text))
    assert not any(p == "headOf" for _, p, _ in got), sorted(got)
