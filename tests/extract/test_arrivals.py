"""An arrival at a station is an event with who arrived, the station and the craft they rode in ("aboard X",
even when the parser hangs the phrase on the date: frames.py; rules/occurrences.py reads RIDE_VERBS' craft),
dated by its clause; two arrivals told with different dates are two events. Sentences written for these
tests."""

from __future__ import annotations

import pytest


def _events(x) -> list[tuple[set[str], set[str]]]:
    """(participant labels, dates) of each event of the extraction that has participants."""
    parts: dict[str, set[str]] = {}
    for r in x.relations:
        if r.predicate == "participant":
            parts.setdefault(r.subject, set()).add(x.entities[r.object].label)
    return [(p, {d.value for d in x.dates if d.subject == k}) for k, p in parts.items()]


@pytest.mark.parametrize("text, who, date", [
    ("ESA astronaut Marta Kowal flew to the International Space Station this week. Kowal arrived at the station "
     "on 20 February aboard the Crew Dragon Endurance with three other crew members.",
     {"Marta Kowal", "International Space Station", "Crew Dragon Endurance"}, "2021-02-20"),
    ("Tomas Berg arrived at the International Space Station aboard the Soyuz MS-30 spacecraft on 5 February.",
     {"Tomas Berg", "International Space Station", "Soyuz MS-30"}, "2021-02-05"),
    ("The crew arrived at the International Space Station on 3 January.", {"International Space Station"},
     "2021-01-03"),
])
def test_an_arrival_has_who_the_station_the_craft_and_the_date(read, text, who, date):
    events = _events(read(text))
    assert any(who <= p and date in d for p, d in events), events


def test_two_arrivals_on_two_dates_are_two_events(read):
    events = _events(read("The first crew arrived at the International Space Station on 3 May. The second crew "
                          "arrived at the International Space Station on 9 June."))
    dated = [d for p, d in events if "International Space Station" in p]
    assert len(dated) == 2 and all(len(d) == 1 for d in dated), events


def test_a_craft_named_beside_an_arrival_without_aboard_takes_no_part(read):
    events = _events(read("Marta Kowal arrived at the International Space Station on 28 March, two days after the "
                          "Soyuz MS-30 spacecraft undocked."))
    assert not any({"Marta Kowal", "Soyuz MS-30"} <= p for p, _ in events), events
