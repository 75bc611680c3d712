"""A launcher's dated return to flight is its next launch ("The Talvar-4 rocket will return to flight in June
2026", "The inquiry cleared the Orsa rocket for a return to flight in October 2026": a Launch on it, dated; lexicon
RETURN_TO_FLIGHT_WORDS, rule dep:return-to-flight). Undated, or said of people going home, it is none. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _launches(x):
    return [e for e in x.entities.values() if "Launch" in e.classes]


@pytest.mark.parametrize("text, rocket, date", [
    ("The Talvar-4 rocket will return to flight in June 2026.", "Talvar-4", "2026-06"),
    ("The inquiry cleared the Orsa rocket for a return to flight in October 2026.", "Orsa", "2026-10"),
])
def test_a_dated_return_to_flight_is_a_launch(read, text, rocket, date):
    x = read(text)
    [launch] = _launches(x)
    assert (launch.label, "launchVehicle", rocket) in triples(x), triples(x)
    assert {d.value for d in x.dates if d.subject == launch.key} == {date}, x.dates


@pytest.mark.parametrize("text", [
    "The Talvar-4 rocket will return to flight soon.",
    "The astronauts will return to Earth in June 2026.",
])
def test_no_launch_without_a_date_or_a_flight(read, text):
    assert not _launches(read(text)), [e.label for e in _launches(read(text))]
