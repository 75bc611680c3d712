"""Dates told by reference to the release's own day, resolved against its header date: a weekday in a clause
of what is to come is the next such day ("will visit X on Thursday"), "next Monday" the first after it;
"next spring", "last autumn" the year of that season; "two weeks ago", "three years ago" counted back, as
precise as the unit; "by the end of the year" the release's year, except in a past clause, where "the year"
may be one told before (dates.py; rules/events.py dates:locate). Sentences written for these tests; the
releases' dates differ."""

from __future__ import annotations

import datetime as dt

import pytest

TUESDAY = dt.date(2024, 6, 11)
WINTER = dt.date(2025, 1, 20)  # a Monday


def _values(got) -> set[str]:
    return {d.value for d in got.dates}


@pytest.mark.parametrize("text, date, value", [
    ("Minister Ana Ruiz will visit the Vela Centre in Toulouse on Thursday.", TUESDAY, "2024-06-13"),
    ("ESA and JAXA will sign the agreement on Friday in Tokyo.", TUESDAY, "2024-06-14"),
    ("The Orla probe will arrive at Mars on Sunday.", WINTER, "2025-01-26"),
    ("The Vela satellite will be launched next Monday.", TUESDAY, "2024-06-17"),
    ("ESA and JAXA signed the agreement on Friday in Tokyo.", TUESDAY, "2024-06-07"),
    ("The Vela satellite was launched last Monday.", TUESDAY, "2024-06-10"),
    ("The workshop will take place on Tuesday in Paris.", TUESDAY, "2024-06-11"),
])
def test_a_weekday_by_the_clause_s_tense(read, text, date, value):
    assert _values(read(text, date=date)) == {value}


@pytest.mark.parametrize("text, date, value", [
    ("The Vela satellite will be launched next spring.", TUESDAY, "2025"),
    ("The Vela satellite will be launched next spring.", WINTER, "2025"),
    ("The Vela satellite will be launched this autumn.", TUESDAY, "2024"),
    ("The Vela satellite was launched last autumn.", TUESDAY, "2023"),
    ("The Vela satellite was launched last summer.", WINTER, "2024"),
])
def test_a_season_told_from_the_release(read, text, date, value):
    assert _values(read(text, date=date)) == {value}


@pytest.mark.parametrize("text, date, value", [
    ("The Vela satellite was launched two weeks ago.", TUESDAY, "2024-05"),
    ("The Vela satellite was launched three years ago.", TUESDAY, "2021"),
    ("The Orla probe landed on Mars two days ago.", WINTER, "2025-01-18"),
    ("ESA and JAXA signed the agreement six months ago.", WINTER, "2024-07"),
])
def test_a_time_ago(read, text, date, value):
    assert _values(read(text, date=date)) == {value}


@pytest.mark.parametrize("text, date, value", [
    ("The Vela satellite will be launched by the end of the year.", TUESDAY, "2024"),
    ("ESA and NASA will sign the agreement before the end of the year.", WINTER, "2025"),
])
def test_the_end_of_the_year_to_come(read, text, date, value):
    assert value in _values(read(text, date=date))


@pytest.mark.parametrize("text", [
    "The Vela satellite was launched in 2019. By the end of the year, it had been placed in orbit around Mars.",
    "The Vela satellite was launched in spring.",
    "The team has worked on the Orla probe for two years.",
])
def test_no_date_from_the_release_where_the_text_ties_none(read, text):
    values = _values(read(text, date=TUESDAY))
    assert not values - {"2019"}, values
