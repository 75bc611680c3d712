"""An undated launch of the same vehicle with no craft of its own, told just after a launch, is that launch ("X
placed Y into orbit on 12 March. The rocket lifted off at 10:17 from Z": flights.same_vehicle_flights); a pad "of"
a spaceport stands in it, and what left from the pad left from the spaceport (rules/pads.py). A launch of the
vehicle dated apart stays a launch of its own. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)
_TEXT = ("The Tarvek-3 rocket placed the Orsa-2 satellite into orbit on 12 March. The rocket lifted off at 10:17 from "
         "the Second Launch Pad of the Satish Dhawan Space Centre.")


def _launches(x):
    return [e for e in x.entities.values() if "Launch" in e.classes]


def test_the_rocket_lifted_off_is_the_launch_told_before(read):
    x = read(_TEXT, date=_DAY)
    assert len(_launches(x)) == 1, [e.label for e in _launches(x)]


def test_a_pad_of_a_spaceport(read):
    got = triples(read(_TEXT, date=_DAY))
    assert ("Orsa-2", "launchSite", "Satish Dhawan Space Centre") in got, got
    assert ("Second Launch Pad", "locatedIn", "Satish Dhawan Space Centre") in got, got


def test_a_launch_dated_apart_is_another(read):
    x = read("The Tarvek-3 rocket placed the Orsa-2 satellite into orbit on 12 March. The rocket will fly again in "
             "June from Kourou.", date=_DAY)
    for launch in _launches(x):
        dates = {d.value for d in x.dates if d.subject == launch.key}
        assert not ({"2026-03-12"} <= dates and any(v.endswith("-06") for v in dates)), (launch.label, dates)
