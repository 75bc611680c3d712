""""Fired its main engine for 52 minutes on 12 March", "was docked to the station for 30 minutes on 3 May": the parser
hangs a date after a span of minutes or seconds on the span's noun; the date dates the clause, as after hours
(lexicon TIME_OF_DAY_NOUNS, rules/when.py dates:time-of-day). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _dated_events(x):
    return {(e.label.split(" (")[0], d.value) for e in x.entities.values() if "Event" in e.classes
            for d in x.dates if d.subject == e.key}


@pytest.mark.parametrize("text, event, date, craft", [
    ("ESA launched the Veyra probe in 2023. The probe fired its main engine for 52 minutes on 12 March 2027 to slow "
     "down and be captured by the planet's gravity.", "fire", "2027-03-12", "Veyra"),
    ("ESA launched the Veyra probe in 2023. The probe fired its thrusters for 90 seconds on 3 January 2027 to refine "
     "its approach to Venus.", "fire", "2027-01-03", "Veyra"),
    ("The Orsa satellite was docked to the station for 30 minutes on 3 May 2026.", "dock", "2026-05-03", "Orsa"),
])
def test_a_date_after_minutes_or_seconds_dates_the_clause(read, text, event, date, craft):
    x = read(text)
    assert (event, date) in _dated_events(x), _dated_events(x)
    assert any(s.startswith(event) and p == "participant" and o == craft for s, p, o in triples(x)), triples(x)


def test_minutes_with_no_date_make_no_event(read):
    x = read("ESA launched the Veyra probe in 2023. The probe fired its thrusters for 90 seconds to refine its orbit.")
    assert not any(label.startswith("fire") for label, _ in _dated_events(x)), _dated_events(x)
