"""A launch or landing told again by a bare noun ("scheduled for launch", "Touchdown is planned") is the one
told before only when it may be: two launches of different craft, or dated by two dates neither of which
holds the other, stay two events, each with its own date (coreference._may_be_one). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

JUNE = dt.date(2024, 6, 12)


def _dates(got) -> dict[str, set[str]]:
    """Each dated event's participants' labels -> its dates."""
    out: dict[str, set[str]] = {}
    for d in got.dates:
        who = sorted(got.entities[r.object].label for r in got.relations
                     if r.subject == d.subject and r.predicate == "participant")
        out.setdefault(",".join(who), set()).add(d.value)
    return out


@pytest.mark.parametrize("text, first, second", [
    ("Vela-3 was launched in 2020. Vela-4 is scheduled for launch in 2027.", ("Vela-3", "2020"), ("Vela-4", "2027")),
    ("Vela-3 was launched in 2020, and Vela-4 is scheduled for launch in 2027.", ("Vela-3", "2020"),
     ("Vela-4", "2027")),
    ("The Vela satellite, launched in 2019, will be joined by Vela-2, which is scheduled for launch in 2027.",
     ("Vela", "2019"), ("Vela-2", "2027")),
    ("Orla-1 was launched on 3 March 2023. Orla-2 is due for launch in 2026.", ("Orla-1", "2023-03-03"),
     ("Orla-2", "2026")),
])
def test_two_craft_two_launches(read, text, first, second):
    got = read(text, date=JUNE)
    dates = _dates(got)
    assert dates.get(first[0]) == {first[1]}, dates
    assert dates.get(second[0]) == {second[1]}, dates


def test_a_launch_told_again_stays_one(read):
    got = read("Velan will land on Mars. Touchdown is planned for 26 November.", date=JUNE)
    assert _dates(got) == {"Velan": {"2024-11-26"}}, _dates(got)


def test_a_launch_dated_more_precisely_stays_one(read):
    got = read("The Vela satellite will be launched in 2027. Liftoff is planned for 3 May 2027.", date=JUNE)
    launches = {r.subject for r in got.relations if r.predicate == "participant"}
    assert len(launches) == 1, triples(got)
