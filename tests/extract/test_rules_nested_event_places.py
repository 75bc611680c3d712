"""An event told through a larger named event it happens at takes that event's place (rules/nested_events.py,
dep:nested-event-place; lexicon SIDELINE_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _event_of(t: set, who: str) -> set[str]:
    return {s for s, p, o in t if p == "participant" and o == who}


@pytest.mark.parametrize("text, who, place", [
    ("ESA Director General Anna Berg and JAXA President Ken Sato met on the sidelines of the International "
     "Astronautical Congress in Milan on 15 October.", "Anna Berg", "Milan"),
    ("The Vela Space Agency and CNES held talks at the margins of the G20 summit in Rome.", "CNES", "Rome"),
    ("Marta Velez and Tom Berg met on the fringes of the World Space Forum in Vienna.", "Tom Berg", "Vienna"),
    # the larger event taken back by its head noun
    ("The agreement was signed during the Global Space Summit in Geneva. Ingrid Hansen and Tom Berg met on the "
     "sidelines of the summit to discuss Earth observation.", "Ingrid Hansen", "Geneva"),
])
def test_the_event_is_where_the_larger_event_is(read, text, who, place):
    t = triples(read(text))
    events = _event_of(t, who)
    assert events and any((e, "locatedIn", place) in t for e in events), sorted(t)


@pytest.mark.parametrize("text, who, place", [
    # its own place first: the larger event's is not the meeting's
    ("Marta Velez met Tom Berg in Paris on the sidelines of the World Space Forum in Vienna.", "Tom Berg", "Vienna"),
    # an edge that is no event's
    ("Marta Velez and Tom Berg met on the sidelines of the road in Vienna.", "Tom Berg", "Vienna"),
])
def test_no_place_from_elsewhere(read, text, who, place):
    t = triples(read(text))
    assert not any((e, "locatedIn", place) in t for e in _event_of(t, who)), sorted(t)
