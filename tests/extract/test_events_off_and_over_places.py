""""The campaign took place off the coast of Norway", "the flight campaign was conducted over the Baltic Sea":
an event held off or over a place is located there, as one held in or at it (rules/events.py,
dep:event-held-in). Over a stretch of time is no place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, where", [
    ("The measurement campaign took place off the coast of Norway in May 2025.", "Norway"),
    ("The flight campaign will take place over the Baltic Sea in June.", "Baltic Sea"),
    ("The flight campaign was conducted over the Baltic Sea in June.", "Baltic Sea"),
    ("The AquaVal campaign took place off the coast of Portugal in 2024.", "Portugal"),
    ("The campaign took place from 2 to 20 October off the coast of Galicia in Spain.", "Galicia"),
])
def test_an_event_off_or_over_a_place_is_there(read, text, where):
    got = triples(read(text))
    assert any(p == "locatedIn" and o == where and s not in ("Galicia",) for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "The meeting took place over two days in May.",
    "The campaign was carried out over the summer of 2025.",
])
def test_over_a_time_is_no_place(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" for s, p, o in got), sorted(got)
