"""A date written without its year is moved by the clause's tense (extract/tense.py, dates.by_tense),
and a date in a part of a year dates its clause (rules/when.py), on sentences written for them."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2024, 6, 12)


def _dates(extraction) -> set[str]:
    return {d.value for d in extraction.dates}


@pytest.mark.parametrize("text, value", [
    ("The Kestrel satellite was launched on 14 September.", "2023-09-14"),  # last September
    ("The Kestrel satellite will be launched on 14 March.", "2025-03-14"),  # next March
    ("The Kestrel satellite is scheduled to launch on 14 March.", "2025-03-14"),
    ("The Kestrel satellite has landed on 20 August.", "2023-08-20"),
    ("ESA and JAXA met in Rome in November to discuss the programme.", "2023-11"),
    ("ESA and JAXA met in Rome on 13 March to discuss the programme.", "2024-03-13"),  # already past
    ("ESA and JAXA signed the agreement on 14 June in Paris.", "2024-06-14"),  # two days off: as read
])
def test_tense_moves_a_yearless_date_to_the_side_its_clause_says(read, text, value):
    assert _dates(read(text, date=JUNE)) == {value}


def test_tense_leaves_a_date_with_its_year_alone(read):
    assert _dates(read("The Kestrel satellite will be launched on 14 March 2024.", date=JUNE)) == {"2024-03-14"}


@pytest.mark.parametrize("text", [
    "The Kestrel satellite will be launched in the second quarter of 2026.",
    "The Kestrel satellite will be launched in spring 2026.",
    "The Kestrel satellite will be launched by the end of 2026.",
    "The launch of Kestrel, planned for mid-2026, will use a Vega-C rocket.",
])
def test_tense_a_date_in_a_part_of_a_year_dates_the_clause(read, text):
    assert _dates(read(text, date=JUNE)) == {"2026"}


def test_tense_no_year_is_read_from_a_range_of_years(read):
    assert _dates(read("The budget grew between 2020-2025 by 3%.", date=JUNE)) == set()


@pytest.mark.parametrize("text, value", [
    # a bare participle on a noun tells of a deed done (the parser's reading of a past verb here)
    ("The Tessel capsule undocked from the ISS on 20 August and splashed down a day later.", "2023-08-20"),
])
def test_tense_a_participle_on_a_noun_is_past(read, text, value):
    assert value in _dates(read(text, date=JUNE)), _dates(read(text, date=JUNE))


def test_tense_a_participle_of_a_schedule_word_is_not_past(read):
    got = _dates(read("The Lumo probe, scheduled for launch on 20 August, will study Mars.", date=JUNE))
    assert got == {"2024-08-20"}, got
