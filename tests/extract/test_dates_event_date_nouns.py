"""An event dated by its date noun or its bare noun in the clause after the one that told it: "X will be launched
on a Vega rocket. The launch date is set for 4 June 2027", "The launch window opens on ...", "The date of the
landing has been set for ...", "Launch is targeted for ..." (lexicon EVENT_DATE_NOUNS; rules/when.py
dates:event-date): the date is the told event's. A verb with a date of its own told another event. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2024, 6, 12)


def _dated(got) -> set[tuple[str, str, str]]:
    """(class, participant, date) of each dated event."""
    return {(sorted(got.entities[d.subject].classes)[0], got.entities[r.object].label, d.value) for d in got.dates
            for r in got.relations if r.subject == d.subject and r.predicate == "participant"}


@pytest.mark.parametrize("text, expected", [
    ("The Tessa probe will be launched on a Vega rocket. The launch date is set for 4 June 2027.",
     ("Launch", "Tessa", "2027-06-04")),
    ("The Tessa probe will be launched on a Vega rocket. The launch window opens on 4 June 2027.",
     ("Launch", "Tessa", "2027-06-04")),
    ("The Tessa probe will land on the Moon. The date of the landing has been set for 4 June 2027.",
     ("Landing", "Tessa", "2027-06-04")),
    ("The Tessa probe will be launched on a Vega rocket. Launch is targeted for 4 June 2027.",
     ("Launch", "Tessa", "2027-06-04")),
    ("The Kestrel lander will touch down near the lunar south pole. The landing date is planned for March 2028.",
     ("Landing", "Kestrel", "2028-03")),
])
def test_the_date_of_an_event_told_before(read, text, expected):
    got = read(text, date=JUNE)
    assert expected in _dated(got), _dated(got)


def test_a_verb_dated_already_keeps_its_date(read):
    got = read("Vela-3 was launched in 2020. The launch date of Vela-4 is set for 2027.", date=JUNE)
    assert _dated(got) == {("Launch", "Vela-3", "2020")}, _dated(got)


@pytest.mark.parametrize("text", [
    "The Tessa probe was presented in Paris. The launch date is set for 4 June 2027.",
    "The Tessa probe will be launched on a Vega rocket. The meeting date is set for 4 June.",
])
def test_no_date_with_no_event_told(read, text):
    got = read(text, date=JUNE)
    assert not [x for x in _dated(got) if x[0] in ("Launch", "Landing")], _dated(got)
