"""A body's class noun in lower case before a title before a name is the body in view, as a capitalized one is:
"said agency spokeswoman Karin Lund", "institute director Tom Hale" (rules/titles.py, _org_near_title). A noun
of no body ("mission manager A") names none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_LEAD = "The Norvana Space Agency will launch the Vela satellite in May. "


@pytest.mark.parametrize("text, person, prop, body", [
    (_LEAD + "\"We are ready,\" said agency spokeswoman Karin Lund.", "Karin Lund", "memberOf",
     "Norvana Space Agency"),
    (_LEAD + "\"We are ready,\" agency spokesperson Karin Lund told reporters.", "Karin Lund", "memberOf",
     "Norvana Space Agency"),
    ("The Kelso Institute built the camera. \"It works,\" said institute director Tom Hale.", "Tom Hale", "headOf",
     "Kelso Institute"),
])
def test_a_lower_case_body_noun_before_a_title_is_the_body_in_view(read, text, person, prop, body):
    got = triples(read(text))
    assert (person, prop, body) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Orvion Industries will build the Vela satellite. Mission manager Paul Ristov said it was ready.",
    "Orvion Industries will build the Vela satellite. Project scientist Paul Ristov said it was ready.",
])
def test_a_noun_of_no_body_names_none(read, text):
    got = triples(read(text))
    assert not any(s == "Paul Ristov" and p in ("memberOf", "headOf") for s, p, _ in got), sorted(got)
