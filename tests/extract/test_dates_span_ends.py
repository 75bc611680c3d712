"""A date that ends a span ("extended until 2027", "will operate through 2030": lexicon SPAN_END_WORDS) dates
nothing the clause tells, "until the end of 2028" too; a date after a gapped name ("and Y in 2029") dates Y's
clause, not the first; other dates still do. Sentences written for these tests."""

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


@pytest.mark.parametrize("text, kept, gone", [
    ("Andarix-7 is scheduled for launch in 2028 on an Ariane 6 rocket, and Andarix-8 in 2029.", "2028", "2029"),
])
def test_a_date_after_a_gapped_name_is_not_the_first_clauses(read, text, kept, gone):
    """"X is scheduled for launch in 2028, and Y in 2029" (tense.gapped_clause): 2029 is Y's, not X's launch's."""
    got = read(text, date=DEC)
    launches = {d.value for d in got.dates if "Launch" in got.entities[d.subject].classes}
    assert kept in launches and gone not in launches, launches


def test_dates_of_a_plain_coordinated_clause_stay(read):
    got = read("ESA and JAXA signed the agreement in Paris on 3 May 2026.", date=DEC)
    assert "2026-05-03" in {d.value for d in got.dates}, got.dates
