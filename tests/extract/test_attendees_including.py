"""A gathering's attendees listed after "including": the bodies named, or those that the people listed stand for,
took part (rules/attendee_lists.py, dep:attendees-including; session 36). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, bodies", [
    ("The Aurora Space Forum was held in Tromsø on 4 May 2026. The forum was attended by more than 300 participants, "
     "including representatives of ISRO and KASA.", "Aurora Space Forum", {"ISRO", "KASA"}),
    ("The Aurora Space Forum opened in Tromsø on 4 May 2026. More than 300 participants from 20 countries attended, "
     "including delegates from the Norwegian Space Agency and CNES.", "Aurora Space Forum",
     {"Norwegian Space Agency", "CNES"}),
    ("Officials from many agencies attended the Aurora Space Forum in Tromsø on 4 May 2026, including representatives "
     "of the Vela Space Agency and DLR.", "Aurora Space Forum", {"Vela Space Agency", "DLR"}),
])
def test_the_bodies_listed_among_the_attendees_took_part(read, text, event, bodies):
    got = triples(read(text))
    assert bodies <= {o for s, p, o in got if s == event and p == "participant"}, got


@pytest.mark.parametrize("text", [
    # a launch is watched, not attended by a delegation
    "The Vela satellite lifted off from Kourou on 4 May 2026. Guests attended, including representatives of ISRO.",
    # a list of things, no bodies
    "The Aurora Space Forum was held in Tromsø on 4 May 2026. Many attended, including several students.",
])
def test_no_body_is_added_to_what_no_one_attended(read, text):
    got = triples(read(text))
    assert not any(p == "participant" and o == "ISRO" for _, p, o in got), got
