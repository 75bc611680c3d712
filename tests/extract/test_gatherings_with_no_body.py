"""A gathering that names no body it brought together still took place where and when the clause says ("A
workshop on space weather gathered 80 experts in Bremen on 3 May", "The conference attracted 500 participants to
Darmstadt": frame:brings-together); a mission that involves institutes somewhere is no gathering there. The
release of these sentences is dated 12 May 2026. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, place", [
    ("A workshop on space weather gathered 80 experts in Bremen on 3 May.", "workshop", "Bremen"),
    ("The conference attracted 500 participants to Darmstadt in September.", "conference", "Darmstadt"),
])
def test_the_gathering_took_place_there(read, text, event, place):
    got = read(text, date=dt.date(2026, 5, 12))
    assert any(s.startswith(event) and p == "locatedIn" and o == place for s, p, o in triples(got)), triples(got)
    assert any(got.entities[d.subject].label.startswith(event) for d in got.dates), got.dates


def test_a_mission_is_no_gathering(read):
    got = triples(read("The Tarvos mission involves 12 institutes in Europe."))
    assert not any(p == "locatedIn" for _, p, _ in got), got
