""""The Kesko helicopter made its first flight on 30 July", "Kesko flew for 40 seconds on 30 July": a craft that flies
in an atmosphere (lexicon AIRCRAFT_NOUNS: helicopter, rotorcraft, drone ...) makes flights, no launches; each flight
dated or told as done is an event the craft takes part in (rules/aircraft_flights.py). A satellite flying on a
rocket and a rocket's maiden flight stay launches. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _events(x, cls):
    return [e for e in x.entities.values() if cls in e.classes]


@pytest.mark.parametrize("text, craft, date", [
    ("NASA's Kesko helicopter made its first flight on 30 July 2028.", "Kesko", "2028-07-30"),
    ("NASA's Kesko helicopter flew for 40 seconds on 30 July 2028.", "Kesko", "2028-07-30"),
    ("The Kesko helicopter landed on Mars in May. Kesko's second flight took place on 4 August 2028.", "Kesko",
     "2028-08-04"),
    ("The Kesko helicopter landed on Mars in May. The helicopter flew for 90 seconds on 4 August 2028.", "Kesko",
     "2028-08-04"),
    ("On 30 July 2028, the Kesko helicopter, a small rotorcraft carried beneath the rover, made its first flight.",
     "Kesko", "2028-07-30"),
])
def test_an_aircraft_flight_is_an_event_no_launch(read, text, craft, date):
    x = read(text)
    assert not _events(x, "Launch"), [e.label for e in _events(x, "Launch")]
    flights = [e for e in _events(x, "Event") if date in {d.value for d in x.dates if d.subject == e.key}]
    assert flights, [e.label for e in x.entities.values()]
    assert (flights[0].label, "participant", craft) in triples(x), triples(x)


@pytest.mark.parametrize("text", [
    "The Orsa satellite flew on a Vega-C rocket on 3 May 2026.",
    "The Zephra-1 rocket made its maiden flight on 3 May 2026 from Kourou.",
])
def test_a_flight_to_orbit_is_still_a_launch(read, text):
    assert _events(read(text), "Launch")


def test_an_undated_coming_flight_is_no_event(read):
    x = read("The Kesko helicopter will fly on Mars.")
    assert not _events(x, "Event") and not _events(x, "Launch"), [e.label for e in x.entities.values()]
