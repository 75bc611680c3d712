"""Names in a list of payloads ("four payloads: the French DORN radon detector, ..."): a name two compounds away
from the item's noun is the item's (enumerations.py); a nationality with a craft's class noun before a name is
no part of it ("the Pakistani CubeSat ICUBE-Q": nationality_words.past_joint_nationality, typed by the class noun);
and a later item with an article of its own takes no nationality from the first (rules/nationalities.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels, triples

_DAY = dt.date(2026, 3, 14)


def test_a_name_two_compounds_from_the_listed_noun(read):
    got = triples(read("The Tessaly lander carried four international payloads: the French KORV radon detector, the "
                       "Italian LASKA laser retroreflector, the European Space Agency's ion instrument NIKS and the "
                       "Danish CubeSat ORB-Q.", date=_DAY))
    assert {("KORV", "partOf", "Tessaly"), ("ORB-Q", "partOf", "Tessaly")} <= got, got
    # (the first item's nationality is not a later item's, which has its own)
    assert ("ORB-Q", "country", "Denmark") in got and ("ORB-Q", "country", "France") not in got, got


def test_nationality_and_class_noun_before_a_craft_name(read):
    x = read("The Tessaly lander carried the Danish CubeSat ORB-Q to the Moon.", date=_DAY)
    assert "ORB-Q" in labels(x) and not any("CubeSat" in name for name in labels(x)), labels(x)
    assert ("ORB-Q", "country", "Denmark") in triples(x), triples(x)
