"""An event placed by its distance from a date its sentence gives ("signed on 3 May, a year after the launch of
Orla", "landed on 3 May 2024, six months after its launch") is dated by that date moved back (or on, for
"before"), as precise as the distance's unit; it does not take the sentence's date (rules/when.py
dates:offset-event). With no day-precise date before the phrase, nothing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2024, 6, 12)


def _launch_dates(got) -> set[str]:
    return {d.value for d in got.dates if "Launch" in got.entities[d.subject].classes}


@pytest.mark.parametrize("text, value", [
    ("The agreement was signed on 3 May, a year after the launch of Orla.", "2023"),
    ("ESA and JAXA signed the agreement on 3 May 2024, two weeks before the launch of the Orla probe.", "2024-05-17"),
    ("The Orla probe landed on Mars on 3 May 2024, six months after its launch.", "2023-11"),
    ("Minister Ana Ruiz visited the Vela Centre on 10 June 2024, three days after the launch of Vela-2.",
     "2024-06-07"),
])
def test_an_event_placed_by_its_distance(read, text, value):
    got = read(text, date=JUNE)
    assert _launch_dates(got) == {value}, _launch_dates(got)


@pytest.mark.parametrize("text", [
    "The visit comes a week after the launch of the Orla probe.",
    "The Orla probe was launched a year later than planned.",
])
def test_no_date_with_no_day_before(read, text):
    got = read(text, date=JUNE)
    assert not _launch_dates(got), _launch_dates(got)
