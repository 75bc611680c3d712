"""Dates written in figures: "12.05.2024" (day first, with dots), "25/12/2023" (slashes, only when the day cannot
be a month). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from presskg.extract.dates import find_dates

REF = dt.date(2024, 6, 15)


@pytest.mark.parametrize("text, value", [
    ("The lander touched down on 12.05.2024 at 14:32 CET.", "2024-05-12"),
    ("Signed in Bonn on 3.4.2024.", "2024-04-03"),
    ("The launch window opens on 25/12/2023.", "2023-12-25"),
    ("The council met on 31.01.2022 in Darmstadt.", "2022-01-31"),
])
def test_numeric_dates(text, value):
    assert [d.value for d in find_dates(text, REF)] == [value]


@pytest.mark.parametrize("text", [
    "The launch window opens on 05/12/2024.",  # 5 December or May 12: left alone
    "Version 2.13.2024 of the software.",  # no month 13
    "The budget is 31.12.20 million.",  # no four-digit year
    "Pages 12/05/2024/7 of the report.",
])
def test_no_numeric_date(text):
    assert not [d for d in find_dates(text, REF) if d.kind == "numeric"]


def test_a_numeric_date_dates_the_event(read):
    got = read("The Kestrel lander touched down on the Moon on 12.05.2024.", date=REF)
    landings = [k for k, e in got.entities.items() if "Landing" in e.classes]
    assert landings and any(d.subject == landings[0] and d.value == "2024-05-12" for d in got.dates), got.dates
