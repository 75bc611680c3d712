"""A yearless date of what no one plans is of a day already past, whatever the clause's tense ("will investigate
the failure of the Zephra-2 rocket on 4 March": last March; tense.date_tense, lexicon UNPLANNED_NOUNS); a
planned deed keeps the clause's tense ("will be launched on 4 March": the coming March). The release of these
sentences is dated 12 May 2026. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

_DAY = dt.date(2026, 5, 12)


def _dates(got):
    return {got.entities[d.subject].label.split(" ")[0]: d.value for d in got.dates}


@pytest.mark.parametrize("text, label, value", [
    ("An inquiry board will investigate the failure of the Zephra-2 rocket on 4 March.", "failure", "2026-03-04"),
    ("Experts will study the explosion of the Zephra-3 rocket on 20 June.", "explosion", "2025-06-20"),
    ("The Zephra-2 rocket will be launched on 4 March.", "launch", "2027-03-04"),
])
def test_what_no_one_plans_is_past(read, text, label, value):
    got = read(text, date=_DAY)
    assert _dates(got).get(label) == value, _dates(got)
