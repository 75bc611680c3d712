"""dep:with-participation on events: "a workshop was held ... with the participation of A and B" makes A
and B take part in it (sentences written for the test)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "A workshop on lunar exploration was held in Tokyo on 5 March 2024 with the participation of ESA and NASA.",
    "With the participation of ESA and NASA, a symposium was held in Oslo on 5 March 2024.",
])
def test_event_participation_makes_participants(read, text):
    result = read(text, date=dt.date(2024, 3, 6))
    facts = triples(result)
    who = {o for s, p, o in facts if p == "participant"}
    assert {"ESA", "NASA"} <= who, facts


def test_event_participation_of_a_mission_is_a_contribution(read):
    """On a mission, the same words say who contributes, not who takes part."""
    result = read("The Vela mission was built by ESA with the participation of NASA.")
    facts = triples(result)
    assert ("NASA", "contributesTo", "Vela") in {(s, str(p), o) for s, p, o in facts}, facts
    assert not any(p == "participant" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, event, bodies", [
    ("On 4 May, a delegation from the Vela Space Agency visited the Zephyr Centre in Noordwijk.", "meeting",
     {"Vela Space Agency"}),
    ("The opening ceremony on 4 May was attended by the heads of ESA and CNES.", "opening ceremony",
     {"ESA", "CNES"}),
    ("The Vela Space Agency hosted a delegation from JAXA in Lisbon on 4 May.", "meeting",
     {"Vela Space Agency", "JAXA"}),
])
def test_event_participation_a_delegation_or_the_heads_of_a_body_stand_for_it(read, text, event, bodies):
    result = read(text)
    got = {o for s, p, o in triples(result) if s.startswith(event) and p == "participant"}
    assert bodies <= got, triples(result)
