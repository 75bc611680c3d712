""""X visited the Y Centre on 8 May. During her stay, she met Z", "During the tour, X met Z": a meeting told of
in a clause set during a visit taken back by its noun ("the visit", "her stay", "the trip") is where the visit
was (rules/nested_events.py, lexicon VISIT_NOUNS). A visit of no place, or a stay of someone who took no part in
the visit, gives none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_VISIT = "JAXA Vice President Aiko Tanabe visited the Esrange Space Center on 8 May 2026. "


@pytest.mark.parametrize("text", [
    _VISIT + "During her stay, Tanabe also met Erik Holmqvist, the founder of Orvane.",
    _VISIT + "During her trip, Tanabe held talks with Erik Holmqvist, the founder of Orvane.",
    "JAXA Vice President Aiko Tanabe made a tour of the Esrange Space Center on 8 May 2026. During the tour, "
    "Tanabe met Erik Holmqvist, the founder of Orvane.",
])
def test_a_meeting_during_the_visit_is_where_the_visit_was(read, text):
    got = triples(read(text))
    ev = {s for s, p, o in got if p == "participant" and o == "Erik Holmqvist"}
    assert any((s, "locatedIn", "Esrange Space Center") in got for s in ev), got


@pytest.mark.parametrize("text", [
    "JAXA Vice President Aiko Tanabe visited ESA on 8 May 2026. During her stay in the station, Tanabe met Erik "
    "Holmqvist.",
    "ESA Director General Ingrid Falk visited the Esrange Space Center on 8 May 2026. Erik Holmqvist founded "
    "Orvane in 2011. He leads it since. During Holmqvist's stay in Japan, he met Aiko Tanabe.",
])
def test_no_visit_taken_back_no_place(read, text):
    got = triples(read(text))
    ev = {s for s, p, o in got if p == "participant" and o == "Aiko Tanabe"}
    assert not any((s, "locatedIn", "Esrange Space Center") in got for s in ev), got
