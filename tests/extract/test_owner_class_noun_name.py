"""A name right after an owned class noun with modifiers of its own is typed by that noun and owned ("ESA's Earth
observation mission Tarvos": head_nouns.class_before past the noun's modifiers, rules/relations.py possessives).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of, triples

_DAY = dt.date(2026, 3, 14)


def test_owned_mission_named_after_its_class_noun(read):
    x = read("After 12 years in orbit, ESA's Earth observation mission Kelvar ended its operations on 28 February.",
             date=_DAY)
    assert "Mission" in classes_of(x, "Kelvar"), classes_of(x, "Kelvar")
    assert ("Kelvar", "operatedBy", "ESA") in triples(x), triples(x)


def test_owned_class_noun_name_with_no_modifier(read):
    assert ("Kelvar", "operatedBy", "CNES") in triples(read("CNES's mission Kelvar ended its operations on 28 "
                                                            "February.", date=_DAY))
