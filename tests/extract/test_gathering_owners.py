"""The body a gathering belongs to takes part in it (session 24, rules/gathering_owners.py): "at ESA's council meeting
in Paris", "signed at JAXA's annual conference in Tokyo", "at the OSA's Lund Symposium". Only a gathering told of
otherwise is read: the possessive alone makes none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def _takers(got) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, p, o in got:
        if p == "participant":
            out.setdefault(s.split(" (")[0], set()).add(o)
    return out


def test_the_owner_of_a_meeting_held_in_a_town_takes_part(read):
    got = triples(read("The decision was taken at the Orvik Space Agency's council meeting in Lund on 18 March.",
                       date=_DAY))
    assert "Orvik Space Agency" in _takers(got).get("council meeting", set()), got


def test_the_owner_of_a_conference_where_a_deal_was_signed(read):
    got = triples(read("The agreement was signed at the Vela Space Agency's annual conference in Tokyo on 5 March.",
                       date=_DAY))
    assert "Vela Space Agency" in _takers(got).get("annual conference", set()), got


def test_a_possessive_alone_makes_no_gathering(read):
    doc = read("The Orvik Space Agency's annual conference is popular.", date=_DAY)
    assert not any("Meeting" in e.classes or "Conference" in e.classes for e in doc.entities.values()), [
        (e.label, e.classes) for e in doc.entities.values()]
