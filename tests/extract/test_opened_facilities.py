"""A new facility a body opens or commissions is run by that body, where the clause puts it (session 24,
rules/facilities.py frame:opened-facility; lexicon SERVICE_START_VERBS), and an unknown name in a place phrase with a
region set after it is a place (names.context_class: "in Tarvik, Northland Territories"). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_a_new_station_opened_in_a_town(read):
    got = triples(read("The Canadian Space Agency today opened a new ground station in Inuvik, Northwest "
                       "Territories.", date=_DAY))
    station = {s for s, p, o in got if p == "operatedBy" and o == "CSA"}
    assert station and all(s.startswith("new ground station") for s in station), got
    assert (station.pop(), "locatedIn", "Inuvik") in got, got


def test_a_commissioned_station_is_the_commissioners(read):
    got = triples(read("The Orvik Space Agency has commissioned a new deep-space ground station at Kelmar.",
                       date=_DAY))
    assert any(p == "operatedBy" and o == "Orvik Space Agency" and "station" in s for s, p, o in got), got


def test_a_commissioned_study_makes_no_facility(read):
    doc = read("The Orvik Space Agency has commissioned a new study of the Kelmar station.", date=_DAY)
    assert not any("Facility" in e.classes and not e.named for e in doc.entities.values()), [
        (e.label, e.classes) for e in doc.entities.values()]
