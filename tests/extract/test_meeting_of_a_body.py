"""A body's own meeting ("a meeting of the ESA Council", "the 69th session of COPUOS") has the body as its
participant; a person's name in the "of" phrase makes none (rules/parties.py, dep:event-between). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("A meeting of the ESA Council was held in Paris on 3 May.", "ESA Council"),
    ("The 69th session of COPUOS was held in Vienna from 16 to 25 June.", "COPUOS"),
    ("The annual meeting of the Kelmar Space Council took place in Torvik on 4 March 2026.", "Kelmar Space Council"),
])
def test_a_body_takes_part_in_its_own_meeting(read, text, body):
    found = triples(read(text))
    assert any(p == "participant" and o == body for s, p, o in found), found


def test_a_person_in_the_of_phrase_makes_no_participant(read):
    found = triples(read("A meeting of Dr Anika Solberg and her team took place in Torvik."))
    assert not any(p == "participant" for _, p, _ in found), found
