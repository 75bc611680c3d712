"""A plural title with a list of names set beside it is every name's ("two engineers from the Orvik Space Agency,
A and B", "three scientists of X, A, B and C": rules/titles._listed_apposition); a person named between the title
and the list still keeps it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_every_name_of_the_list_is_a_member(read):
    got = triples(read("Two engineers from the Canadian Space Agency, Sarah Gill and Tom Baptiste, joined the team.",
                       date=_DAY))
    assert {("Sarah Gill", "memberOf", "CSA"), ("Tom Baptiste", "memberOf", "CSA")} <= got, got


def test_three_names_after_of(read):
    got = triples(read("Three scientists of JAXA, Ken Sato, Aya Mori and Jun Ito, attended the meeting.", date=_DAY))
    assert {("Aya Mori", "memberOf", "JAXA"), ("Jun Ito", "memberOf", "JAXA")} <= got, got


def test_a_singular_title_is_not_spread(read):
    got = triples(read("The director of CNES, Anna Roy, and Tom Hale signed the letter.", date=_DAY))
    assert ("Anna Roy", "headOf", "CNES") in got, got
    assert not any(s == "Tom Hale" and p in ("headOf", "memberOf") for s, p, o in got), got
