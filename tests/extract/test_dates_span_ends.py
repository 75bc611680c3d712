"""A date that ends a span ("extended until 2027", "will operate through 2030": lexicon SPAN_END_WORDS) dates
nothing the clause tells, "until the end of 2028" too; other dates still do. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DEC = dt.date(2025, 12, 10)


@pytest.mark.parametrize("text, value", [
    ("Danuri was launched in 2022. The mission has been extended until 2027.", "2027"),
    ("Danuri was launched in 2022. The orbiter will be operated by KARI through 2030.", "2030"),
    # "the end of" a year or month between (tense.span_end)
    ("Tarsis was launched in 2022. The Korvan Space Agency extended the Tarsis mission until the end of 2028.",
     "2028"),
    ("Tarsis was launched in 2022. Through the end of January 2027, the orbiter will check its payload.", "2027-01"),
])
def test_the_end_of_a_span_dates_nothing(read, text, value):
    got = read(text, date=DEC)
    assert value not in {d.value for d in got.dates}, got.dates
    assert "2022" in {d.value for d in got.dates}, got.dates


def test_the_end_of_a_year_without_a_span_word_still_dates(read):
    got = read("The Kestrel orbiter was launched at the end of 2023.", date=DEC)
    assert "2023" in {d.value for d in got.dates}, got.dates
