"""A date that ends a span ("extended until 2027", "will operate through 2030": lexicon SPAN_END_WORDS) dates
nothing the clause tells; other dates still do. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DEC = dt.date(2025, 12, 10)


@pytest.mark.parametrize("text, value", [
    ("Danuri was launched in 2022. The mission has been extended until 2027.", "2027"),
    ("Danuri was launched in 2022. The orbiter will be operated by KARI through 2030.", "2030"),
])
def test_the_end_of_a_span_dates_nothing(read, text, value):
    got = read(text, date=DEC)
    assert value not in {d.value for d in got.dates}, got.dates
    assert "2022" in {d.value for d in got.dates}, got.dates
