"""A year told by reference to the date last given in the text ("the following year", "later that year", "a year
later", "two years later", "the previous year") is that date's year shifted, placed on the clause it modifies
(lexicon YEAR_ANAPHORS; rules/when.py dates:anaphoric-year). "The next year" is one of these, not the release's
next year; "next year" alone still is. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2024, 6, 12)


def _dated(got) -> set[tuple[str, str]]:
    """(participant, date) of each dated event."""
    return {(got.entities[r.object].label, d.value) for d in got.dates for r in got.relations
            if r.subject == d.subject and r.predicate == "participant"}


@pytest.mark.parametrize("text, who, value", [
    ("The Vela satellite was launched in 2019. The following year, the Orla probe was launched from Kourou.",
     "Orla", "2020"),
    ("The Vela satellite was launched on 3 May 2019. A year later, Vela-2 was launched from Kourou.", "Vela-2",
     "2020"),
    ("ESA and NASA signed an agreement in March 2018. The Orla probe was launched later that year.", "Orla",
     "2018"),
    ("The Orla probe was launched in 2019 and landed on Mars two years later.", "Orla", "2021"),
    ("The Tessa rover landed on Mars in 2021. The Orla orbiter had been launched the previous year.", "Orla",
     "2020"),
    ("The Vela satellite was launched in 2015. The next year, Vela-2 was launched from Kourou.", "Vela-2", "2016"),
])
def test_a_year_told_from_the_date_before(read, text, who, value):
    got = read(text, date=JUNE)
    assert (who, value) in _dated(got), _dated(got)


def test_next_year_alone_is_the_release_s(read):
    got = read("The Vela satellite will be launched next year.", date=JUNE)
    assert {d.value for d in got.dates} == {"2025"}


@pytest.mark.parametrize("text", [
    "The Orla probe was launched a year later than planned.",
    "Vela-2 will be launched the year after the launch of Vela-1.",
    "Vela-1 was launched in 2019. Vela-2 was launched a year later than planned.",
])
def test_no_year_with_no_date_before(read, text):
    got = read(text, date=JUNE)
    assert not {d.value for d in got.dates} - {"2019"}, _dated(got)
