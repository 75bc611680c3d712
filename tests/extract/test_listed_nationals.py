"""A nationality on a plural noun that lists its members ("Italian companies such as A and B", "French satellites,
among them X and Y") is each member's (rules/nationalities.py with enumerations). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_companies_such_as(read):
    got = triples(read("Slovenian companies such as Orlek Systems and Vantix Labs contribute to ESA missions.",
                       date=_DAY))
    assert {("Orlek Systems", "country", "Slovenia"), ("Vantix Labs", "country", "Slovenia")} <= got, got


def test_craft_among_them(read):
    got = triples(read("Spanish satellites, among them Paz-2 and Ingenio-3, observed the flood.", date=_DAY))
    assert {("Paz-2", "country", "Spain"), ("Ingenio-3", "country", "Spain")} <= got, got


def test_a_name_not_in_the_list_gets_no_nationality(read):
    got = triples(read("Italian companies such as Avio build parts of the rocket for ESA.", date=_DAY))
    assert ("Avio", "country", "Italy") in got, got
    assert ("ESA", "country", "Italy") not in got, got
