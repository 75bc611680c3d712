"""A launch or landing told by its noun alone, scheduled, is that of the one craft in view ("The Kestrel satellite
was built by OHB. Launch is planned for the second half of 2027": rules/bare_events.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event", [
    ("The Kestrel satellite was built by OHB. Launch is planned for the second half of 2027.", "launch"),
    ("The Kestrel lander was built by OHB. Landing is expected in May.", "landing"),
])
def test_the_scheduled_event_is_the_craft_s(read, text, event):
    found = triples(read(text))
    assert any(s.lower().startswith(event) and p == "participant" and o == "Kestrel" for s, p, o in found), found


@pytest.mark.parametrize("text", [
    "Kestrel and Lyra were built by OHB. Launch is planned for 2027.",  # two craft in view
    "OHB signed the contract. Launch is planned for 2027.",  # none
])
def test_no_craft_or_two_make_no_participant(read, text):
    assert not any(p == "participant" for _, p, _ in triples(read(text)))


def test_a_dated_deed_of_a_mission_alone_makes_no_empty_event(read):
    # (frame:dated-action: a mission is no participant, so no event is made for nobody)
    got = read("The Kestrel mission ended on 3 May.")
    assert not any("Event" in e.classes for e in got.entities.values()), [e.label for e in got.entities.values()]
