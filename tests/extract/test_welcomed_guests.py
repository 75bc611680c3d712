""""Guests were welcomed by A", "A greeted the participants": the gathering the last sentences told of had A
as its host, so A took part in it; "A received a delegation from JAXA on <date>": the parser hangs "from" on
the verb, and the body whose people came is a guest of the meeting (rules/parties.py frame:welcome).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_OPENING = "Orvane Ground Networks inaugurated a new ground station in Kiruna on 7 May 2026. "


@pytest.mark.parametrize("text", [
    _OPENING + "Guests were welcomed by the company's founder, Erik Holmqvist.",
    _OPENING + "Visitors were greeted by Orvane founder Erik Holmqvist.",
    _OPENING + "Erik Holmqvist, the founder of Orvane, welcomed the guests.",
    _OPENING + "The participants were received by Erik Holmqvist, the founder of the company.",
])
def test_the_host_of_unnamed_guests_takes_part_in_the_event_just_told(read, text):
    got = triples(read(text))
    assert any(p == "participant" and o == "Erik Holmqvist" and s.startswith("inaugurat") for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "Erik Holmqvist welcomed the guests.",  # no gathering told of
    "The rover landed on Mars on 3 May 2026. Guests were welcomed by Erik Holmqvist at the centre.",
])
def test_no_gathering_no_host(read, text):
    got = triples(read(text))
    assert not any(p == "participant" and o == "Erik Holmqvist" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The Director General of ESA, Ingrid Falk, received a delegation from JAXA on 8 May 2026.",
    "The Director General of ESA, Ingrid Falk, welcomed a delegation from JAXA to Paris.",
    "On 8 May 2026, ESA Director General Ingrid Falk received a delegation from JAXA at the agency's headquarters.",
])
def test_a_body_whose_delegation_is_received_takes_part(read, text):
    got = triples(read(text))
    meeting = {s for s, p, o in got if p == "participant" and o == "Ingrid Falk"}
    assert meeting and any((s, "participant", "JAXA") in got for s in meeting), got


def test_a_thing_received_from_a_body_is_no_visit(read):
    got = triples(read("The Director General of ESA, Ingrid Falk, received an award from JAXA on 8 May 2026."))
    assert not any(p == "participant" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "ESA Director General Ingrid Falk received a delegation from JAXA on 8 May 2026, led by Vice President Aiko "
    "Tanabe.",
    "ESA Director General Ingrid Falk welcomed a delegation from JAXA to Paris on 8 May 2026, headed by Vice "
    "President Aiko Tanabe.",
])
def test_the_leader_of_a_received_delegation_takes_part(read, text):
    got = triples(read(text))
    meeting = {s for s, p, o in got if p == "participant" and o == "Ingrid Falk"}
    assert any((s, "participant", "Aiko Tanabe") in got for s in meeting), got


def test_a_led_programme_is_no_guest(read):
    got = triples(read("ESA Director General Ingrid Falk received an award from JAXA on 8 May 2026, led by Vice "
                       "President Aiko Tanabe."))
    assert not any(p == "participant" for s, p, o in got), got
