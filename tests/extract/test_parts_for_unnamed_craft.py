"""A part supplied "for" an unnamed craft is that craft's ("Canada will provide a robotic arm for the pressurized
rover": rules/actions._craft_above describes the craft), and a title's "to" phrase names no part of its holder's name
("Canada's Ambassador to Japan Ian McKay signed": titled_pairs.titled_fields). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_arm_for_an_unnamed_rover(read):
    got = triples(read("Canada will provide a robotic arm for the pressurized rover.", date=_DAY))
    rovers = {o for s, p, o in got if p == "contributesTo" and s == "Canada"}
    assert rovers and any(p == "partOf" and o in rovers and "arm" in s for s, p, o in got), got


def test_ambassador_to_a_country_signs(read):
    got = triples(read("The Orvik Space Agency and the Vela Space Agency signed an arrangement on 3 March. The "
                       "arrangement was signed by Norway's Minister of Trade Kari Lund and Canada's Ambassador to "
                       "Norway Ian Fenwick.", date=_DAY))
    assert any(p == "signatory" and o == "Ian Fenwick" for s, p, o in got), got
