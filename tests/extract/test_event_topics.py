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
