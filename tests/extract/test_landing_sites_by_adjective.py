"""A landing site named with a body's adjective is on that body ("landed near the lunar south pole": worlds.site_bodies,
lexicon PLANET_ADJECTIVES), told by the verb or by the landing's noun ("the landing of its Kelvo-4 lander near the
lunar south pole": rules/landing_sites.py dep:landing-noun-site). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_landed_near_the_lunar_south_pole(read):
    got = triples(read("The Kelvo-4 lander landed near the lunar south pole on 3 March.", date=_DAY))
    assert ("Kelvo-4", "landedOn", "Moon") in got, got


def test_the_landing_of_a_lander_near_the_lunar_south_pole(read):
    got = triples(read("CNES congratulated the Orvik Space Agency on the successful landing of its Kelvo-4 lander near "
                       "the lunar south pole on 3 March.", date=_DAY))
    assert ("Kelvo-4", "landedOn", "Moon") in got, got


def test_a_landing_in_a_desert_on_earth_is_on_no_body(read):
    got = triples(read("The Kelvo-4 capsule landed in the Utah desert on 3 March.", date=_DAY))
    assert not any(p == "landedOn" for s, p, o in got), got
