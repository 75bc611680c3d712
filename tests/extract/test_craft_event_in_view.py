"""A launch or landing told by a bare definite noun in a text about one craft is that craft's
(rules/craft_in_view.py); a planet's adjective on the landing says where it landed. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_the_landing_of_the_one_craft(read):
    got = triples(read("The Vela lander carries a Kestrel camera. Following the lunar landing, the camera took images "
                       "of the rocks nearby.", date=_DAY))
    assert any(p == "participant" and o == "Vela" for s, p, o in got), got
    assert ("Vela", "landedOn", "Moon") in got, got


def test_the_launch_with_a_date_of_its_own(read):
    got = read("The Tarvo-2 satellite was built by OHB. The launch is scheduled for 3 May.", date=_DAY)
    launches = [s for s, p, o in triples(got) if p == "participant" and o == "Tarvo-2"]
    assert launches, triples(got)
    assert any(d.value == "2026-05-03" for d in got.dates), got.dates


def test_two_craft_or_another_landing(read):
    for text in ("The Vela lander and the Lyra rover were built by OHB. After the landing, the rover took images.",
                 "The Vela lander carries a camera. The next landing will take place in May.",
                 "The Falcon 9 rocket is ready. After the launch, the crew will rest."):
        got = triples(read(text, date=_DAY))
        assert not any(p == "participant" for s, p, o in got), (text, got)

