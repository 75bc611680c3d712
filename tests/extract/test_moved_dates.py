"""A date an event is moved from is a day given up, and one it is moved to is to come ("the launch has been postponed
from 12 March to 2 April", told on 14 March: the launch on 2 April of that year, not 12 March; lexicon
RESCHEDULE_VERBS, tense.moved_date). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest


def _dates(ext, prefix: str) -> set[str]:
    return {d.value for d in ext.dates if ext.entities[d.subject].label.startswith(prefix)}


@pytest.mark.parametrize("text, prefix, value", [
    ("The launch of the Orla-3 satellite on a Vega-C rocket has been postponed from 12 March to 2 April.",
     "launch", "2026-04-02"),
    ("The landing of the Velan probe was moved from 3 March to 5 May.", "landing", "2026-05-05"),
])
def test_a_moved_event_has_the_new_day_only(read, text, prefix, value):
    ext = read(text, date=dt.date(2026, 3, 14))
    assert _dates(ext, prefix) == {value}, sorted((ext.entities[d.subject].label, d.value) for d in ext.dates)


def test_a_launch_dated_from_a_day_without_moving_keeps_it(read):
    ext = read("The Orla-3 satellite will be launched from Kourou on 2 April.", date=dt.date(2026, 3, 14))
    assert _dates(ext, "launch") == {"2026-04-02"}
