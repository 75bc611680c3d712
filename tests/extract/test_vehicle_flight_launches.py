"""A vehicle's flight told in the sentence of its launch is that launch: "The X rocket, in its forty-second flight
(X-C42), placed Y into orbit" is one launch, and "The X-C42 lifted off at 10:17" after it, a launch of the flight's
code, is the same launch told again. Two rockets' flights stay two launches. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def _launches(x) -> set[str]:
    return {e.key for e in x.entities.values() if "Launch" in e.classes}


def test_a_flight_and_its_launch_in_one_sentence(read):
    x = read("The Kestrel Satellite Launch Vehicle, in its forty-second flight (KSLV-C42), placed the Orla-9 "
             "satellite into a sun-synchronous orbit on 12 March. The KSLV-C42 lifted off at 10:17 from the First "
             "Launch Pad at the Satish Dhawan Space Centre.")
    assert len(_launches(x)) == 1, [e.label for e in x.entities.values()]
    found = triples(x)
    assert any(p == "participant" and o == "Orla-9" for _, p, o in found), sorted(found)
    assert any(p == "launchSite" and o == "First Launch Pad" and s != "KSLV-C42" for s, p, o in found), sorted(found)


def test_two_rockets_flights_stay_two_launches(read):
    x = read("The Zephra-1 rocket, in its fifth flight, placed the Orla-3 satellite into orbit on 2 May. The Kestrel "
             "rocket, in its ninth flight, placed the Orla-4 satellite into orbit on 9 June.")
    assert len(_launches(x)) == 2, [e.label for e in x.entities.values()]
