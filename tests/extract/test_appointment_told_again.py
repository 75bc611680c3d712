"""A dated appointment with no post, of a person appointed just before, is that appointment told again: its date
and who appointed (rules/posts._told_again). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_the_election_dates_the_appointment(read):
    got = read("The Kelvane Space Agency has appointed Dr Anna Lindqvist as Chair of its Executive Board. The "
               "Senate of the agency elected her on 12 March.", date=_DAY)
    events = _appointments_of(got, "Anna Lindqvist")
    assert len(events) == 1, triples(got)
    assert any(d.subject in events and d.value == "2026-03-12" for d in got.dates), got.dates


def test_another_persons_election_is_not_it(read):
    got = read("The Kelvane Space Agency has appointed Dr Anna Lindqvist as Chair of its Executive Board. The "
               "Senate elected Dr Lars Berg on 12 March.", date=_DAY)
    events = _appointments_of(got, "Anna Lindqvist")
    assert events and not any(d.subject in events and d.value == "2026-03-12" for d in got.dates), got.dates


def _appointments_of(got, name: str) -> set[str]:
    return {r.subject for r in got.relations if r.predicate == "participant" and got.entities[r.object].label == name}
