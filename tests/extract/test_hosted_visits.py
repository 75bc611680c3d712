"""A visit told by its host (session 23), on sentences written for these tests:

- a participle set off by commas hands back what follows its "by" phrase to the clause ("welcomed a delegation
  from X, led by Y, to the centre on 3 June": where and when the delegation was welcomed; reduced_relatives.
  set_off_participles), and the one who leads the delegation comes too (rules/parties.py);
- "the visit" after a welcome is the welcome's meeting (told_events.hosted_visit), though the noun is read
  before the verbs' rules make their events;
- a tour or visit with no day or place of its own, by those who took part in the meeting just told, is part of
  that meeting (rules/occurrences._visit_going_on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

_WELCOME = ("Orvik Space Agency President Lena Varga welcomed a delegation from the Vela Space Agency, led by its "
            "Director General Tomas Berg, to the Halden Space Centre on 3 June.")


def _meetings(got, who):
    return {s for s, p, o in got if p == "participant" and o == who and s.startswith("meeting")}


def test_set_off_participle_leaves_place_and_day_to_the_clause(read):
    doc = read(_WELCOME, date=dt.date(2026, 6, 10))
    got = triples(doc)
    meetings = _meetings(got, "Vela Space Agency")
    assert len(meetings) == 1, got
    ev = meetings.pop()
    assert (ev, "locatedIn", "Halden Space Centre") in got, got
    assert (ev, "participant", "Tomas Berg") in got and (ev, "participant", "Lena Varga") in got, got
    assert any(d.value == "2026-06-03" for d in doc.dates), doc.dates


def test_set_off_participle_keeps_its_own_phrases(read):
    got = triples(read("The satellite, built by Orvik Space in Halden, will be launched in 2027."))
    assert ("satellite", "providedBy", "Orvik Space") in {(s.split(" [")[0], p, o) for s, p, o in got}, got


def test_the_visit_after_a_welcome_is_the_welcome(read):
    got = triples(read(_WELCOME + " During the visit, the two agencies signed a memorandum of understanding."))
    signed = {o for s, p, o in got if p == "signedAt"}
    assert len(signed) == 1 and signed <= _meetings(got, "Vela Space Agency"), got
    assert not any(s.startswith("visit") for s, _, _ in got), got


def test_the_visit_after_a_welcomed_decision_is_no_meeting_of_it(read):
    got = triples(read("Orvik Space welcomed the decision. During the visit, Lena Varga and Tomas Berg signed an "
                       "agreement in Halden on 3 June."))
    assert not any(p == "participant" and o == "Orvik Space" for s, p, o in got), got


def test_tour_within_the_visit_is_the_same_meeting(read):
    got = triples(read(_WELCOME + " The two sides discussed Earth observation and toured the test halls."))
    meetings = {s for s, p, o in got if s.startswith("meeting")}
    assert len(meetings) == 1, got
    assert (meetings.pop(), "topic", "Earth observation") in got, got


def test_tour_elsewhere_is_another_meeting(read):
    got = triples(read(_WELCOME + " On 5 June the two sides visited the Orvik factory in Lund."))
    assert len({s for s, p, o in got if s.startswith("meeting")}) == 2, got


@pytest.mark.parametrize("text, event, host", [
    ("A workshop was held at the University of Tokyo on 4 May.", "workshop", "University of Tokyo"),
    ("The meeting took place at the Orvik Research Institute on 4 May.", "meeting", "Orvik Research Institute"),
])
def test_a_gathering_held_at_a_body_has_it_as_host(read, text, event, host):
    """(session 23, dep:event-held-at-body) A body is no place; the gathering held at it has it take part."""
    got = triples(read(text))
    assert any(s.startswith(event) and p == "participant" and o == host for s, p, o in got), got


def test_a_gathering_held_at_a_place_is_located_there(read):
    got = triples(read("A workshop was held at the Halden Space Centre on 4 May."))
    assert any(s.startswith("workshop") and p == "locatedIn" for s, p, o in got), got
    assert not any(s.startswith("workshop") and p == "participant" for s, p, o in got), got
