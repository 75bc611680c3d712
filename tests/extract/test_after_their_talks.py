"""A gathering the clause is set after ("after talks in New Delhi on Tuesday", "after their meeting in Oslo") is the
subject's own: its participants, place and date (rules/events.py dep:event-frame); "after the meeting" (a meeting
told of, perhaps of others) adds no one. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_after_talks(read):
    x = read("President Anna Lind and Prime Minister Tom Hale announced the plan after talks in Lisbon on Tuesday.",
             date=_DAY)
    got = triples(x)
    talks = {s for s, p, o in got if p == "participant" and o == "Anna Lind"}
    assert talks and any((s, "participant", "Tom Hale") in got for s in talks), got
    assert any((s, "locatedIn", "Lisbon") in got for s in talks), got
    assert any(d.value == "2026-03-10" for d in x.dates if x.entities[d.subject].label in talks), x.dates


def test_after_their_meeting(read):
    got = triples(read("After their meeting in Oslo on 3 May, Anna Lind and Tom Hale visited the Andoya Spaceport.",
                       date=_DAY))
    meetings = {s for s, p, o in got if p == "locatedIn" and o == "Oslo"}
    assert meetings and any((s, "participant", "Anna Lind") in got for s in meetings), got


def test_after_the_meeting_adds_no_one(read):
    got = triples(read("ESA held a meeting in Oslo on 3 May. After the meeting, CNES published a report.", date=_DAY))
    assert not any(p == "participant" and o == "CNES" for s, p, o in got), got
