"""dates:locate on sentences written for it: a yearless date on a noun takes the tense of the verb the
noun hangs on (extract/tense.governing_tense), as a date on a verb takes that verb's."""

from __future__ import annotations

import datetime as dt

import pytest


def _event_dates(result) -> set[str]:
    return {d.value for d in result.dates if "Event" in result.entities[d.subject].classes
            or any(c in result.entities[d.subject].classes for c in ("Meeting", "Conference"))}


@pytest.mark.parametrize("text, release, want", [
    # nearest 3 May to a December release is the next one; "met" puts the visit in the past
    ("During a visit to Tsukuba on 3 May, Josef Aschbacher met Hiroshi Yamakawa.", dt.date(2024, 12, 10), "2024-05-03"),
    # nearest 14 March to a June release is the last one; "will sign" puts the meeting ahead
    ("At a meeting in Oslo on 14 March, ESA and the Norwegian Space Agency will sign the accord.",
     dt.date(2024, 6, 12), "2025-03-14"),
])
def test_date_on_a_noun_follows_the_governing_verb(read, text, release, want):
    assert want in _event_dates(read(text, date=release))


def test_date_on_a_noun_with_no_tense_stays_the_nearest(read):
    """Present tense says nothing of the side: the nearest 3 May to a December release is the next one."""
    got = _event_dates(read("The visit of Josef Aschbacher to Tsukuba on 3 May is a milestone for JAXA.",
                            date=dt.date(2024, 12, 10)))
    assert "2025-05-03" in got, got
