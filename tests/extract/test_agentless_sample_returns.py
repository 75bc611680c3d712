"""A dated passive return of samples with no craft named is a sample return of its own (rules/sample_returns.py):
"The samples were delivered to Earth in December 2020". Undated, or with a craft ("by the Orsa capsule", read by
frame:bring-back), it is as before. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

_DAY = dt.date(2026, 3, 14)


def _returns(x):
    return [(e, sorted(d.value for d in x.dates if d.subject == e.key)) for e in x.entities.values()
            if "SampleReturn" in e.classes]


def test_dated_passive_return_is_an_event(read):
    x = read("The Orsa probe collected material from asteroid Vanth in 2024. The samples were delivered to Earth in "
             "December 2025.", date=_DAY)
    assert [dates for _, dates in _returns(x)] == [["2025-12"]], _returns(x)


def test_undated_passive_return_is_no_event(read):
    x = read("The samples were delivered to Earth by a capsule.", date=_DAY)
    assert not any(dates for _, dates in _returns(x)), _returns(x)


def test_a_craft_named_still_takes_part(read):
    x = read("The samples were returned to Earth by the Orsa capsule in 2023.", date=_DAY)
    [(ev, dates)] = _returns(x)
    assert dates == ["2023"]
    assert any(r.subject == ev.key and r.predicate == "participant" for r in x.relations), x.relations
