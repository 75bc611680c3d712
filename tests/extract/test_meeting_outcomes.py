"""What the parties of a meeting agree or decide to do is what the meeting was about (lexicon OUTCOME_VERBS;
rules/outcomes.py): "The two sides agreed to strengthen cooperation in Earth observation". Agreeing to nothing,
or with no meeting in view, gives no topic. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, topic", [
    ("CNES President Philippe Baptiste met ISRO Chairman S. Somanath in Bengaluru on 4 May. The two sides agreed to"
     " strengthen cooperation in Earth observation.", "meeting (2020-05-04) [t]", "Earth observation"),
    ("CNES and ISRO held a bilateral meeting in Paris on 4 May. The two agencies agreed to set up a working group on"
     " lunar exploration.", "bilateral meeting (2020-05-04) [t]", "lunar exploration"),
    ("ESA and JAXA held talks in Tokyo on 3 June. They decided to expand their cooperation in space science.",
     "talks (2020-06-03) [t]", "space science"),
])
def test_what_the_parties_agree_on_is_the_meetings_topic(read, text, event, topic):
    got = triples(read(text))
    assert (event, "topic", topic) in got, got


@pytest.mark.parametrize("text", [
    "CNES and ISRO held a bilateral meeting in Paris on 4 May. The two agencies agreed.",
    "NASA agreed to strengthen cooperation in Earth observation.",
])
def test_no_topic_without_an_agreed_clause_or_a_meeting(read, text):
    got = triples(read(text))
    assert not any(p == "topic" for _, p, _ in got), got
