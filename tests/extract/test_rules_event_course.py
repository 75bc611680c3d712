"""rules/events.py, dep:event-held-in on sentences written for it: an event that opened, began, ended
or concluded in a place was there (lexicon EVENT_COURSE_VERBS, beside HAPPEN_VERBS)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, place", [
    ("The Space Debris Conference opened in Bremen on 2 May 2024.", "Space Debris Conference", "Bremen"),
    ("The Lyra Workshop ended in Paris on 4 May.", "Lyra Workshop", "Paris"),
    ("The Vela Summit concluded in Tokyo with a joint statement.", "Vela Summit", "Tokyo"),
])
def test_event_course_verbs_place_their_event(read, text, event, place):
    got = triples(read(text))
    assert (event, "locatedIn", place) in got, got


def test_event_course_verbs_need_the_event_as_subject(read):
    """"ESA opened an office in Paris": the agency opened something; no event is placed."""
    got = triples(read("After the Lyra Workshop, ESA opened an office in Paris."))
    assert ("Lyra Workshop", "locatedIn", "Paris") not in got, got
