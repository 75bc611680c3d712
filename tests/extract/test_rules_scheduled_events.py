"""An event put on the calendar by a schedule verb: "X is scheduled for launch in 2029 on a Y rocket from Z"
reads as "X will be launched ..." (schedules.scheduled, lexicon SCHEDULED_EVENT_VERBS and SCHEDULED_UNDERGONE),
and a date set by "is scheduled for" is to come (tense.clause_tense). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

JUNE = dt.date(2026, 6, 1)


def _events(result, cls: str) -> list:
    return [e for e in result.entities.values() if cls in e.classes]


def _dates(result, ent) -> set[str]:
    return {d.value for d in result.dates if d.subject == ent.key}


@pytest.mark.parametrize("text, craft, rocket, date", [
    ("The Kestrel satellite is scheduled for launch in 2029 on an Ariane 6 rocket from Kourou.",
     "Kestrel", "Ariane 6", "2029"),
    ("The Kestrel satellite is set for launch on 3 June from Kourou aboard a Vega-C.", "Kestrel", "Vega-C",
     "2026-06-03"),
    ("The Lyra probe is slated for liftoff in March 2028 on a Falcon 9.", "Lyra", "Falcon 9", "2028-03"),
])
def test_scheduled_launch_is_a_launch_of_the_subject(read, text, craft, rocket, date):
    got = read(text, date=JUNE)
    launches = _events(got, "Launch")
    assert len(launches) == 1, sorted(triples(got))
    launch = launches[0].label
    assert {(launch, "participant", craft), (launch, "launchVehicle", rocket),
            (craft, "launchVehicle", rocket)} <= triples(got), sorted(triples(got))
    assert _dates(got, launches[0]) == {date}


def test_scheduled_landing_said_with_a_gerund(read):
    got = read("The Vela lander is scheduled for landing on 5 May 2027.", date=JUNE)
    landings = _events(got, "Landing")
    assert landings and (landings[0].label, "participant", "Vela") in triples(got), sorted(triples(got))
    assert _dates(got, landings[0]) == {"2027-05-05"}


def test_scheduled_signing_dates_the_agreement(read):
    got = read("The framework agreement between ESA and JAXA is scheduled for signing in Tokyo in May 2027.",
               date=JUNE)
    agreements = _events(got, "Agreement")
    assert agreements and "2027-05" in _dates(got, agreements[0]), (sorted(triples(got)), got.dates)


def test_scheduled_visit_is_made_by_the_subject(read):
    got = read("Minister Jane Roe is scheduled for a visit to Tokyo on 5 May 2027.", date=JUNE)
    visits = _events(got, "Meeting")
    assert visits, sorted(triples(got))
    assert {(visits[0].label, "participant", "Jane Roe"), (visits[0].label, "locatedIn", "Tokyo")} <= triples(got)


def test_a_date_set_by_is_scheduled_for_is_to_come(read):
    got = read("The Orion capsule is scheduled for splashdown off San Diego on 11 December.", date=JUNE)
    landings = _events(got, "Landing")
    assert landings and _dates(got, landings[0]) == {"2026-12-11"}, (sorted(triples(got)), got.dates)


@pytest.mark.parametrize("text", [
    "The Kestrel satellite is scheduled for 2029.",  # no event noun: a date only
    "The Kestrel satellite was designed for launch on small rockets.",  # no schedule verb
    "The review is scheduled for the launch of the Vela probe.",  # the noun's own "of": not the review's launch
])
def test_no_launch_of_the_subject_without_a_scheduled_event_noun(read, text):
    got = read(text, date=JUNE)
    assert not any(p == "participant" and s.startswith("launch") and o in ("Kestrel", "review")
                   for s, p, o in triples(got)), sorted(triples(got))
    assert not any(p == "launchVehicle" for _, p, _ in triples(got))


@pytest.mark.parametrize("text, cls, craft, date", [
    ("The Kestrel satellite is due for launch in 2029 from Kourou.", "Launch", "Kestrel", "2029"),
    ("The Zephyr lander is due for landing on 5 May 2027.", "Landing", "Zephyr", "2027-05-05"),
])
def test_due_for_an_event(read, text, cls, craft, date):
    """"be due for <event noun>": the copula's adjective holds the "for" phrase."""
    got = read(text, date=JUNE)
    events = _events(got, cls)
    assert events and (events[0].label, "participant", craft) in triples(got), sorted(triples(got))
    assert _dates(got, events[0]) == {date}


def test_due_without_an_event_noun_is_no_event(read):
    got = read("The report is due in May.", date=JUNE)
    assert not [e for e in got.entities.values() if "Event" in e.classes or "Launch" in e.classes]

