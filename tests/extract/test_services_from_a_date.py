"""A future clause dated only by when it starts tells of a service that will go on, no event on a day
(tense.from_onwards); a day or a year of its own still dates one. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_a_service_from_a_year_is_no_event(read):
    got = triples(read("The Tarvo lander was built by OHB. Tarvo will deliver cargo to the Moon from 2030, and the "
                       "Kelp orbiter will relay its data starting in 2031.", date=_DAY))
    assert not any(p == "participant" for s, p, o in got), got


def test_a_delivery_in_a_year_is_one(read):
    got = triples(read("The Tarvo lander was built by OHB. Tarvo will deliver cargo to the Moon in 2031.", date=_DAY))
    assert any(p == "participant" and o == "Tarvo" for s, p, o in got), got
