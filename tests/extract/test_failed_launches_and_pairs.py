"""A launch told by a noun after a failing rocket: where it lifted off from and what the rocket carried
(rules/launch_flights.py); a series member written as a bare number after its sibling is a name ("Pléiades Neo 5
and 6", series.elided_members). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels, triples

_DAY = dt.date(2026, 3, 14)


def test_a_failed_launch_its_site_and_payload(read):
    got = triples(read("The Zephra-1 rocket carrying the Kelp-4 satellite failed shortly after lift-off from Kourou "
                       "on 20 February.", date=_DAY))
    launch = {s for s, p, o in got if p == "launchVehicle" and o == "Zephra-1" and s != "Kelp-4"}
    assert launch, got
    assert any(s in launch and p == "participant" and o == "Kelp-4" for s, p, o in got), got
    assert any(s in launch and p in ("locatedIn", "launchSite") and o == "Kourou" for s, p, o in got), got


def test_series_members_written_as_numbers(read):
    got = read("Vega-C launched the Orsa Neo 5 and 6 satellites on 3 March. The Tarvo-1C and 1D satellites are "
               "ready.", date=_DAY)
    assert {"Orsa Neo 5", "Orsa Neo 6", "Tarvo-1C", "Tarvo-1D"} <= labels(got), labels(got)
    assert sum(p == "participant" for s, p, o in triples(got)) == 2, triples(got)


def test_a_count_after_a_name_is_no_member(read):
    got = read("The Falcon 9 rocket carried Kelp-1C and 2 CubeSats. The Orsa Neo 5 and 12 other satellites flew.",
               date=_DAY)
    assert not {"Kelp-2", "Kelp-1C2", "Orsa Neo 12"} & labels(got), labels(got)
