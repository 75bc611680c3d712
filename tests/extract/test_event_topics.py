"""What workshops and talks between agencies and firms are about, as field phrases (lexicon FIELD_PHRASES):
"a workshop on lunar surface operations", "talks on launch services", "focused on data relay services". A
place after the topic is where the event is, not a topic. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, topic", [
    ("JAXA and Morrow Aerospace will hold a joint workshop on lunar surface operations in Gothenburg in October "
     "2026.", "lunar surface operations"),
    ("A workshop on small launchers was held in Bremen on 12 March 2026.", "small launchers"),
    ("The talks between JAXA and ESA in Tokyo on 3 May 2026 focused on data relay services.", "data relay services"),
    ("ESA and JAXA held talks on launch services in Paris on 3 May 2026.", "launch services"),
    ("CNES hosted a seminar on space operations in Toulouse on 4 April 2026.", "space operations"),
])
def test_an_event_is_about_its_field(read, text, topic):
    got = triples(read(text))
    assert any(p == "topic" and o == topic for s, p, o in got), got
    assert not any(p == "topic" and o in ("Gothenburg", "Bremen", "Tokyo", "Paris", "Toulouse") for s, p, o in got)


@pytest.mark.parametrize("text", [
    "The Lyra satellite relays data to the ground station in Kiruna.",
    "ESA operates the Lyra satellite's surface operations centre in Darmstadt.",
])
def test_no_event_no_topic(read, text):
    got = triples(read(text))
    assert not any(p == "topic" for s, p, o in got), got


@pytest.mark.parametrize("text, event, topic", [
    ("ESA and JAXA held a workshop dedicated to planetary defence on 3 March.", "workshop", "planetary defence"),
    ("ESA and JAXA held a session focused on space debris on 3 March.", "session", "space debris"),
    ("The Vela Space Agency hosted a seminar devoted to space weather on 3 May.", "seminar", "space weather"),
])
def test_a_participle_of_topic_on_the_events_noun(read, text, event, topic):
    """"a workshop dedicated to X": lexicon TOPIC_PARTICIPLES (rules/events.py dep:about)."""
    facts = triples(read(text))
    assert any(s.startswith(event) and p == "topic" and o == topic for s, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "ESA and JAXA met in Paris on 3 March. The talks focused on space debris.",
    "ESA and JAXA met in Paris on 3 March. The discussions covered space debris.",
])
def test_the_talks_after_a_meeting_are_the_meeting(read, text):
    """lexicon OCCURRENCE_NOUN_VERBS "talk" = "meet": no second event, the meeting's topic."""
    got = read(text)
    events = [e.label for e in got.entities.values() if "Meeting" in e.classes or "Event" in e.classes]
    assert len(events) == 1 and ("space debris" in {o for s, p, o in triples(got) if p == "topic"}), (
        events, triples(got))
