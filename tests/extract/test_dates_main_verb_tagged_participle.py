"""A main verb with its own subject and no auxiliary that the tagger reads as a participle ("ESA handed[VBN] over
operations of the Kelva-3 satellite to EUMETSAT in May") is a past tense: a yearless date it governs is the past
one (tense.clause_tense), not the one nearest the release date ahead. A verb with "will" stays to come. Sentences
written for these tests (the release is dated 2026-11-18)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


def _dates(got) -> set[str]:
    return {d.value for d in got.dates}


@pytest.mark.parametrize("text, date", [
    ("ESA handed over operations of the Kelva-3 satellite to EUMETSAT in May.", "2026-05"),
    ("ESA will hand over operations of the Kelva-3 satellite to EUMETSAT in May.", "2027-05"),
])
def test_a_main_verb_with_its_subject_dates_by_its_tense(read, text, date):
    got = read(text, date=dt.date(2026, 11, 18))
    assert date in _dates(got), (sorted(_dates(got)), sorted(triples(got)))
