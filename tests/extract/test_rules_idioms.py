"""Verb idioms (lexicon VERB_IDIOMS: "let go of" means "release") and time phrases with a measure in
front ("a little before 04:00 ..."), on sentences written for them."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


def _dated_events(result, value: str):
    return [e for e in result.entities.values() if "Event" in e.classes
            and any(d.subject == e.key and d.value == value for d in result.dates)]


@pytest.mark.parametrize("text", [
    "On 3 October 2018 the Kestrel orbiter let go of the Vela lander.",
    "A little before 04:00 CET in the night of 3 October 2018, the Kestrel orbiter let go of the Vela lander.",
    "Shortly after noon on 3 October 2018 the Kestrel orbiter released the Vela lander.",
])
def test_idioms_release_told_as_an_idiom(read, text):
    result = read(text, date=dt.date(2018, 10, 4))
    events = _dated_events(result, "2018-10-03")
    assert events, (triples(result), result.dates)
    ents = result.entities
    who = {ents[r.object].label for r in result.relations
           if r.subject == events[0].key and r.predicate == "participant"}
    assert {"Kestrel", "Vela"} <= who, who
    assert events[0].label.startswith("release"), events[0].label


def test_idioms_let_alone_is_no_release(read):
    """"let the team go to Oslo" is no idiom of the table: no release of anything."""
    result = read("On 3 October 2018 the Kestrel project let its team go to Oslo.", date=dt.date(2018, 10, 4))
    assert not any(e.label.startswith("release") for e in result.entities.values()), triples(result)
