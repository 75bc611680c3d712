"""A nationality on any noun set beside a person's name is that person's ("Ines Varga, a Hungarian helicopter
test pilot,": rules/nationalities._apposed_to), not a noun's further down; and where a dated trip goes ("will fly
to the station in February") takes no part in it, though a station a craft docks to does (rules/events.py
frame:dated-action). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_nationality_on_an_apposed_noun(read):
    got = triples(read("Ines Varga, a Hungarian helicopter pilot, will fly in 2027.", date=_DAY))
    assert ("Ines Varga", "country", "Hungary") in got, got


def test_nationality_of_a_noun_inside_the_apposition_is_not_hers(read):
    got = triples(read("Ines Varga, head of a Hungarian start-up, spoke in Paris.", date=_DAY))
    assert ("Ines Varga", "country", "Hungary") not in got, got


def test_where_a_trip_goes_takes_no_part(read):
    x = read("ESA astronaut Ines Varga will fly to the International Space Station in February 2027.", date=_DAY)
    got = triples(x)
    trips = {s for s, p, o in got if p == "participant" and o == "Ines Varga"}
    assert trips, got
    assert not any(s in trips and p == "participant" and o == "International Space Station" for s, p, o in got), got


def test_a_station_docked_to_takes_part(read):
    got = triples(read("The Kestrel cargo craft was berthed to the International Space Station on 3 May 2026.",
                       date=_DAY))
    assert any(p == "participant" and o == "International Space Station" for s, p, o in got), got
