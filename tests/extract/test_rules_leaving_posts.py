"""A post a person leaves is one the person holds ("resigned as Director General of X": rules/becomes.py,
frame:leaves-title, LEAVE_VERBS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, prop, org", [
    ("Lena Orsi resigned as Director General of the Vela Space Agency on 2 March 2025.",
     "Lena Orsi", "headOf", "Vela Space Agency"),
    ("Tomas Berg will step down as President of the Tarsis Agency at the end of June.",
     "Tomas Berg", "headOf", "Tarsis Agency"),
    ("Karel Novak retired as chief scientist of the Orbis Institute in May 2024.",
     "Karel Novak", "memberOf", "Orbis Institute"),
])
def test_the_post_left_was_held(read, text, person, prop, org):
    got = triples(read(text))
    assert (person, prop, org) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Lena Orsi resigned from the board of the Vela Space Agency for health reasons.",
    "Tomas Berg will retire as an astronaut next year.",
])
def test_no_title_no_post(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "headOf"], sorted(got)
