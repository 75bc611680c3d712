"""A yearless date of taking effect is the one nearest the release, whatever the tense of the clause
(tense.date_tense; lexicon EFFECT_WORDS): "appointed X, effective 1 July" in a May release is this July.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest


def _dates(got) -> set[str]:
    return {d.value for d in got.dates}


@pytest.mark.parametrize("text, day, want", [
    ("The Board of Orla Space Systems appointed Lena Varga as Chief Executive, effective 1 July.",
     dt.date(2026, 5, 20), "2026-07-01"),
    ("The Council appointed Tomas Lind as Director General of the Vela Space Agency, effective 1 September.",
     dt.date(2025, 8, 2), "2025-09-01"),
])
def test_an_effective_date_is_the_nearest(read, text, day, want):
    got = read(text, date=day)
    assert want in _dates(got), _dates(got)


def test_a_past_clause_without_effect_stays_past(read):
    got = read("The Vela Space Agency appointed Lena Varga as Chief Executive on 1 July.", date=dt.date(2026, 5, 20))
    assert "2025-07-01" in _dates(got), _dates(got)
