"""A group noun with the bodies it is of named after it ("the heads of NASA, ESA and ISRO") stands for those bodies,
not for a group told of before (context.is_group_phrase), and a body's acronym the model reads as a person is no
name set after a title (title_appositions: "the heads of NASA, ESA, JAXA, ISRO and CNSA"). Session 24; sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def _participants(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, p, o in triples(doc):
        if p == "participant":
            out.setdefault(s, set()).add(o)
    return out


def test_the_heads_of_named_bodies_are_those_bodies(read):
    doc = read("Officials from CNES, DLR and ASI took part in the workshop on 4 March. The heads of NASA, ESA and ISRO "
               "took part in a plenary session on 5 March.", date=_DAY)
    got = _participants(doc)
    session = next(v for k, v in got.items() if k.startswith("plenary session"))
    assert session == {"NASA", "ESA", "ISRO"}, got


def test_a_long_list_of_acronyms_after_heads_of(read):
    doc = read("The heads of NASA, ESA, JAXA, ISRO and CNSA took part in a plenary session on lunar cooperation.",
               date=_DAY)
    got = _participants(doc)
    session = next(v for k, v in got.items() if k.startswith("plenary session"))
    assert session == {"NASA", "ESA", "JAXA", "ISRO", "CNSA"}, got


def test_the_heads_alone_are_the_group_told_of(read):
    doc = read("NASA and JAXA met in Tokyo on 3 March. The heads of agency then took part in a plenary session on "
               "4 March.", date=_DAY)
    got = _participants(doc)
    session = next(v for k, v in got.items() if k.startswith("plenary session"))
    assert session == {"NASA", "JAXA"}, got
