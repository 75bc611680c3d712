"""A state a craft is developed "in partnership with" takes part in it (a state supplies nothing: actions.supply),
and a participle on a noun set beside a name, or said of a name by a copula, tells of that name
(suppliers._said_of). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize("text", [
    "CHEOPS is an ESA mission developed in partnership with Switzerland.",
    "Tarvos, a mission developed in partnership with Switzerland, failed in 2025.",
])
def test_the_state_takes_part(read, text):
    got = triples(read(text, date=_DAY))
    name = text.split()[0].rstrip(",")
    assert ("Switzerland", "contributesTo", name) in got, got
    assert not any(p == "providedBy" and o == "Switzerland" for s, p, o in got), got
