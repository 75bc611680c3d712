"""A person who sits or serves on a body is a member of it when it is named, and of the organization whose body it
is: "Tom Hale sits on the board of Orvion Industries", "she serves on the advisory committee of the Kelso
Institute", "he sat on the ESA Council" (frame:sits-on, lexicon SEAT_VERBS, SEAT_BODY_NOUNS). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Tom Hale sits on the board of Orvion Industries.", "Tom Hale", "Orvion Industries"),
    ("Elena Marsh serves on the scientific advisory committee of the Kelso Institute.", "Elena Marsh",
     "Kelso Institute"),
    ("Tom Hale sat on the ESA Council from 2010 to 2014.", "Tom Hale", "ESA Council"),
    ("Anna Berg has served on the supervisory board of Orvion Industries since 2018.", "Anna Berg",
     "Orvion Industries"),
])
def test_a_person_on_a_body_is_a_member(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Tom Hale sat on a panel at the conference in Kelso.",
    "Tom Hale sits on the board.",
    "The Vela satellite sits on the launch pad at Kourou.",
])
def test_no_membership_without_a_named_body(read, text):
    got = triples(read(text))
    assert not any(p in ("memberOf", "headOf") for _, p, _ in got), sorted(got)
