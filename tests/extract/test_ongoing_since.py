"""Running or operating a thing since a date is an activity, not an event (lexicon ONGOING_VERBS gains manage,
operate, run; frame:dated-action, rules/events.py). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(x) -> list[str]:
    return [e.label for e in x.entities.values() if "Event" in e.classes]


@pytest.mark.parametrize("text", [
    "The Student Orbit programme, run by ESA and the Korvan Space Agency since 2022, trains students.",
    "ESA has operated the Vela satellite since 2019.",
    "The Korvan Space Agency has managed the Orla-1 mission since March 2020.",
])
def test_running_a_thing_since_a_date_is_no_event(read, text):
    x = read(text)
    assert not _events(x), _events(x)


def test_a_dated_deed_of_a_craft_is_still_an_event(read):
    x = read("The Vela satellite was berthed to the International Space Station on 18 September 2020.")
    assert _events(x), [e.label for e in x.entities.values()]
