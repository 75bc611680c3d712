"""Outreach and teaching gatherings named by their capitalized words and "Days", "Night", "Summer School" or
"Open Day" are events, not bodies (lexicon NAMED_EVENT_NOUNS, HEAD_CLASSES): they take the place and date a
clause gives them. A "School" alone stays a body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Toulouse will host the Orbit Education Days in March 2025.", "Orbit Education Days"),
    ("The agency organised the Young Engineers Days in Lorvik on 3 May.", "Young Engineers Days"),
    ("The Vela Science Night was held in Castelmar on 27 September 2024.", "Vela Science Night"),
    ("Forty students took part in the Lorvik Summer School on space science in July 2024.",
     "Lorvik Summer School"),
    ("The Kestria Winter School on rocketry gathered sixty students in Lorvik.", "Kestria Winter School"),
])
def test_a_named_outreach_gathering_is_an_event(read, text, name):
    got = read(text)
    assert "Event" in classes_of(got, name), classes_of(got, name)
    assert not classes_of(got, name) & {"Organization", "ResearchInstitute"}, classes_of(got, name)


def test_the_event_takes_its_place_and_date(read):
    got = read("The Vela Science Night was held in Castelmar on 27 September 2024.")
    assert ("Vela Science Night", "locatedIn", "Castelmar") in triples(got), triples(got)
    assert any(got.entities[d.subject].label == "Vela Science Night" and d.value == "2024-09-27"
               for d in got.dates), got.dates


@pytest.mark.parametrize("text, name, cls", [
    ("Students of the Breden School of Engineering built the satellite.", "Breden School of Engineering",
     "ResearchInstitute"),
    ("The teams spent ten days at the Vela Science Centre.", "Vela Science Centre", "Facility"),
])
def test_a_school_or_a_stay_of_days_is_no_event(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), classes_of(got, name)
    assert not any(c == "Event" for e in got.entities.values() for c in e.classes), got.entities
