"""A crew's homecoming told twice: where they stayed is no craft that landed ("after six months aboard the
station", frames.py), the undated splashdown told next is that landing (coreference._landing_told_again), and
who came down "together with" the capsule are its crew (rules/occurrences.py). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def _landing(got) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, p, o in got:
        if p == "participant":
            out.setdefault(s, set()).add(o)
    return out


def test_a_stay_is_no_craft_that_lands(read):
    got = triples(read("CNES astronaut Lea Morel returned to Earth on 2 March after six months aboard the "
                       "International Space Station.", date=_DAY))
    assert _landing(got) and all("International Space Station" not in who for who in _landing(got).values()), got


def test_the_splashdown_told_next_is_the_homecoming(read):
    got = triples(read("CNES astronaut Lea Morel returned to Earth on 2 March. Her Crew Dragon capsule splashed down "
                       "off the coast of Florida, together with NASA astronauts Ada Stone and Noor Patel.", date=_DAY))
    events = _landing(got)
    assert len(events) == 1, got
    assert next(iter(events.values())) >= {"Lea Morel", "Crew Dragon", "Ada Stone", "Noor Patel"}, got


def test_two_craft_landing_are_two_landings(read):
    got = triples(read("The Vela-3 lander touched down on the Moon on 3 May. The Vela-4 lander touched down in the "
                       "Mare Crisium.", date=_DAY))
    assert len(_landing(got)) == 2, got
