"""An event a verb told, taken back by a definite noun that a course verb places ("X and Y signed an agreement on
3 May. The signing took place in Paris": rules/events.locate_events with told_events, lexicon
OCCURRENCE_NOUN_VERBS); a date on another occurrence's noun dates that one only ("... before its arrival in orbit
in November": rules/dating.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_signing_told_again_is_placed(read):
    got = triples(read("The Orvik Space Agency and CNES signed an agreement on 3 May 2025. The signing took place in "
                       "Lisbon.", date=_DAY))
    assert any(s.startswith("signing") and p == "locatedIn" and o == "Lisbon" for s, p, o in got), got


def test_landing_told_again_is_placed(read):
    x = read("The Velan lander touched down on the Moon on 8 January 2025. The landing took place in the Shackleton "
             "crater.", date=_DAY)
    landings = [e for e in x.entities.values() if "Landing" in e.classes]
    assert len(landings) == 1, [e.label for e in landings]
    assert any(p == "locatedIn" for s, p, o in triples(x) if s == landings[0].label), triples(x)


def test_date_on_another_occurrence_noun(read):
    x = read("The Tessaly probe made a flyby of Venus on 8 January 2025. The flyby slowed the probe before its "
             "arrival in orbit in November 2026.", date=_DAY)
    flyby = {d.value for d in x.dates if x.entities[d.subject].label.startswith("flyby")}
    assert flyby == {"2025-01-08"}, flyby
