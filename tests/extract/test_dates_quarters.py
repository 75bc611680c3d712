"""A quarter or a half of a year as business writes it ("in Q3 2026", "by H2 2027") dates the clause it sits in
by its year, as "in the third quarter of 2026" does: the parser hangs the year on "Q3", which is no event
(lexicon PARTS_OF_YEAR_NOUNS; rules/when.py moves the date up). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2024, 6, 12)


def _dated(got) -> set[tuple[str, str]]:
    return {(sorted(got.entities[d.subject].classes)[0], d.value) for d in got.dates}


@pytest.mark.parametrize("text, cls, value", [
    ("The Vela satellite will be launched in Q3 2026 from Kourou.", "Launch", "2026"),
    ("The Orla probe is scheduled for launch in H2 2027.", "Launch", "2027"),
    ("ESA and NASA will sign the agreement in Q1 2025.", "Agreement", "2025"),
    ("The Kestrel lander will touch down on the Moon in Q4 2028.", "Landing", "2028"),
    ("The Tessa satellite will be delivered to ESTEC in Q2 2026.", "Event", "2026"),
    ("The Vela satellite will be launched in H2 2027 from Kourou.", "Launch", "2027"),
    ("The Kestrel camera will be delivered to ESA in Q3 2026.", "Event", "2026"),
    ("The Orla probe will launch in Q2 2027 on an Ariane 6 rocket.", "Launch", "2027"),
    ("The Tessa mission will be launched in 1H 2026.", "Launch", "2026"),
])
def test_a_quarter_dates_its_clause_by_the_year(read, text, cls, value):
    got = read(text, date=JUNE)
    assert (cls, value) in _dated(got), _dated(got)


@pytest.mark.parametrize("text", [
    "Kestrel Optics reported revenue growth in Q3 2023.",
    "The Q3 2026 report of the agency lists its budget.",
])
def test_a_quarter_with_no_event_dates_nothing(read, text):
    got = read(text, date=JUNE)
    assert not got.dates, _dated(got)
