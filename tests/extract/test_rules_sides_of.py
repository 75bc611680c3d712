"""The sides a gathering noun names with "of" ("a joint session of A and B", "a meeting of the Larnian Space
Agency and the Boreal Space Office") take part in it, two of them at least (lexicon SIDE_PREPOSITIONS,
dep:event-between); "the fourth meeting of the Council" is the body's own meeting, which the body takes part in
(test_meeting_of_a_body.py), and "the signing of the agreement" names no side. Sentences written for the test."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _participants(got, event: str) -> set[str]:
    return {o for s, p, o in triples(got) if p == "participant" and s.startswith(event)}


@pytest.mark.parametrize("text, event, sides", [
    ("The first joint session of the Larnian Space Agency and the Boreal Space Office took place in Oslo on "
     "13 March.", "first joint session", {"Larnian Space Agency", "Boreal Space Office"}),
    ("A meeting of the Tessaly Space Council and Vindel Aerospace was held in Lisbon on 4 May.", "meeting",
     {"Tessaly Space Council", "Vindel Aerospace"}),
    ("The Orla Space Office hosted a meeting of ESA and JAXA in Lisbon on 4 May.", "meeting", {"ESA", "JAXA"}),
])
def test_the_sides_of_a_gathering_named_with_of_take_part(read, text, event, sides):
    got = read(text)
    assert sides <= _participants(got, event), triples(got)


def test_two_sides_of_a_meeting_are_partners(read):
    got = triples(read("A meeting of the Larnian Space Agency and the Boreal Space Office was held in Oslo on "
                       "13 March."))
    assert ("Boreal Space Office", "partnerOf", "Larnian Space Agency") in got \
        or ("Larnian Space Agency", "partnerOf", "Boreal Space Office") in got, got


@pytest.mark.parametrize("text", [
    "The signing of the agreement took place in Oslo on 13 March.",
])
def test_a_thing_after_of_names_no_side(read, text):
    # (one body after "of" takes part in its own meeting: test_meeting_of_a_body.py)
    got = read(text)
    assert not any(p == "participant" and o == "agreement" for _, p, o in triples(got)), triples(got)
