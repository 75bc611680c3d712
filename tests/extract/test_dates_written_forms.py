"""Absolute dates in the written forms agencies use beyond day-month-year: year first with slashes or dots
("2024/06/04", "2024.6.4", as East Asian agencies write them) and a day, a month's name and a year joined by
hyphens ("4-Jun-2024") (dates.py). Ranges of years, version numbers and day-first numerics keep their readings.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from presskg.extract.dates import find_dates

JUNE = dt.date(2024, 6, 12)


@pytest.mark.parametrize("text, values", [
    ("launched on 2024/06/04 from Tanegashima", ["2024-06-04"]),
    ("launched on 2024.6.4 from Tanegashima", ["2024-06-04"]),
    ("signed on 4-Jun-2024 in Seoul", ["2024-06-04"]),
    ("signed on 04-JUN-2024 in Seoul", ["2024-06-04"]),
    ("signed on 2021-02-25 in Paris", ["2021-02-25"]),
    ("signed on 12.05.2024 in Riga", ["2024-05-12"]),
    ("software version 2.1.3 of the camera", []),
    ("the 2024-2025 work plan", []),
    ("an impossible 2024/13/45 date", []),
])
def test_written_forms(text, values):
    assert [d.value for d in find_dates(text, JUNE)] == values


@pytest.mark.parametrize("text, value", [
    ("JAXA launched the Orla probe on 2024/06/04 from the Tanegashima Space Center.", "2024-06-04"),
    ("KASA and ESA signed an agreement on the Tessa mission on 4-Jun-2024 in Seoul.", "2024-06-04"),
])
def test_an_event_dated_in_those_forms(read, text, value):
    got = read(text, date=JUNE)
    assert value in {d.value for d in got.dates}
