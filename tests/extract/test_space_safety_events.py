"""What befalls or is done to a craft in orbit is an event of its own: a collision-avoidance manoeuvre, a
deorbiting, a passivation, a reboost, an impact on an asteroid, a break-up (lexicon OCCURRENCE_NOUNS). Dated,
it is an unnamed Event whose participant is the craft. The same nouns undated, or "impact" in the sense of an
effect, make none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _events(got) -> list:
    return [e for e in got.entities.values() if "Event" in e.classes]


@pytest.mark.parametrize("text, craft", [
    ("The Stratos-2 satellite performed a collision avoidance manoeuvre on 15 June 2020.", "Stratos-2"),
    ("The Vela satellite executed an avoidance maneuver on 4 April 2020.", "Vela"),
    ("JAXA completed the deorbiting of the Hikari-2 satellite on 1 November 2020.", "Hikari-2"),
    ("The passivation of the Sela satellite was completed in March 2020.", "Sela"),
    ("ESA carried out a reboost of the Vela satellite in May 2020.", "Vela"),
    ("The impact of the Arrowhead probe on the asteroid Dimoros took place on 2 March 2020.", "Arrowhead"),
])
def test_a_dated_operation_on_a_craft_is_an_event(read, text, craft):
    got = read(text)
    evs = _events(got)
    assert evs, labels(got)
    dated = {d.subject for d in got.dates}
    assert any(e.key in dated for e in evs), labels(got)
    assert any(p == "participant" and o == craft for _, p, o in triples(got)), triples(got)


@pytest.mark.parametrize("text", [
    "The mission's impact on society has been large.",
    "The study assessed the impact of space weather on the Vela satellite.",
    "Collision avoidance manoeuvres are a routine part of satellite operations.",
])
def test_no_event_from_an_effect_or_a_routine(read, text):
    got = read(text)
    assert not _events(got), labels(got)
