"""A launch told by its noun goes up "on" a rocket: the noun's own phrase ("the launch of Aurora-1 on a Vega-C
rocket") or that of the verb that schedules it ("Its launch is planned for 2027 on a Vega-C rocket"); a place
the parser hangs on that rocket ("on a Vega-C rocket from Kourou") is where it leaves from (flights.py,
rules/launch_flights.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, rocket", [
    ("Aurora-1's launch is planned for 2027 on a Vega-C rocket.", "Vega-C"),
    ("The launch of Aurora-1 on a Vega-C rocket is scheduled for June 2027.", "Vega-C"),
    ("The launch of the Lumen telescope aboard an Ariane 6 is set for 2028.", "Ariane 6"),
    ("Aurora-1 will be launched in 2027. Its launch will take place on a Vega-C rocket.", "Vega-C"),
    ("Its launch is planned for the second half of 2027 on a Vega-C rocket.", "Vega-C"),
    ("The launch of Kelvo-1 is scheduled for the end of 2026 aboard a Falcon 9.", "Falcon 9"),
])
def test_the_rocket_of_a_launch_noun(read, text, rocket):
    got = read(text)
    assert ("launch", "launchVehicle", rocket) in {(s.split(" (")[0].split(" [")[0], p, o)
                                                   for s, p, o in triples(got)}, triples(got)


@pytest.mark.parametrize("text, prop, place", [
    ("The launch of Aurora-1 aboard an Ariane 6 from the Guiana Space Centre is set for 2027.", "launchSite",
     "Guiana Space Centre"),
    ("Aurora-1 will be launched in 2027. Its launch will take place on a Vega-C rocket from Kourou.", "locatedIn",
     "Kourou"),
])
def test_a_place_hung_on_the_rocket_is_where_the_launch_left_from(read, text, prop, place):
    got = read(text)
    assert any(s.startswith("launch") and p == prop and o == place for s, p, o in triples(got)), triples(got)


def test_a_flight_on_a_rocket_stays_a_flight(read):
    got = read("The flight of astronaut Lena Berg on a Soyuz rocket is planned for 2027.")
    assert not any(p == "launchVehicle" for _, p, _ in triples(got)), triples(got)
