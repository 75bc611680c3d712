"""A person promoted or elevated to a post holds it: "Elena Marsh was promoted to Chief Engineer at Orvion
Industries", "Orvion promoted A to Chief Executive Officer" (lexicon APPOINT_VERBS "promote", "elevate"; the
appointment's title may stand in a "to" phrase, frame:appoint). Being appointed "to" a body names no title; a
promoted thing is no appointment. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, prop, body", [
    ("Elena Marsh was promoted to Chief Engineer at Orvion Industries.", "Elena Marsh", "memberOf",
     "Orvion Industries"),
    ("Orvion Industries promoted Elena Marsh to Chief Executive Officer.", "Elena Marsh", "headOf",
     "Orvion Industries"),
    ("Elena Marsh was elevated to President of the Kelso Institute.", "Elena Marsh", "headOf", "Kelso Institute"),
    ("Tom Hale was promoted to Deputy Director of the Kelso Institute in May.", "Tom Hale", "memberOf",
     "Kelso Institute"),
])
def test_a_person_promoted_to_a_post_holds_it(read, text, person, prop, body):
    got = triples(read(text))
    assert (person, prop, body) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The agency promoted its new satellite services to customers in Asia.",
    "Orvion Industries promoted the Vela satellite at the fair in Paris.",
])
def test_promoting_a_thing_is_no_appointment(read, text):
    got = read(text)
    assert not any(e.label.startswith("appointment") for e in got.entities.values()), sorted(triples(got))
    assert not any(p in ("headOf", "memberOf") for _, p, _ in triples(got)), sorted(triples(got))


@pytest.mark.parametrize("text, kind, body", [
    ("Marta Lind was sworn in as Administrator of NASA on Monday.", "headOf", "NASA"),
    ("On 3 May Tomas Berg was sworn in as a member of the Board of the Orvik Space Agency.", "memberOf",
     "Orvik Space Agency"),
])
def test_sworn_in_takes_the_post(read, text, kind, body):
    """(session 23) A post taken by oath is given as an appointed one is (lexicon APPOINT_VERBS: "swear")."""
    got = triples(read(text))
    assert any(p == kind and o.startswith(("Board of the " + body, body)) for s, p, o in got), got


def test_sworn_to_no_post(read):
    got = triples(read("Marta Lind swore to protect the work of NASA."))
    assert not any(p in ("headOf", "memberOf") for s, p, o in got), got
