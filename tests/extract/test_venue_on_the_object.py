"""The parser often hangs "at the X Conference" on the verb's object ("presented [the results at the X
Conference]"); the clause is still set at that gathering: its subject takes part (dep:at-gathering) and the
clause's date is the gathering's (dates:attached). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, who, date", [
    ("Tomas Oduya presented the results at the Planetary Defense Conference in Vienna on 10 March 2020.",
     "Planetary Defense Conference", "Tomas Oduya", "2020-03-10"),
    ("ESA presented its new strategy at the Space Safety Summit in Paris on 4 May 2020.",
     "Space Safety Summit", "ESA", "2020-05-04"),
    ("Anna Berg outlined the plan at the Lisbon Space Forum on 2 June 2020.",
     "Lisbon Space Forum", "Anna Berg", "2020-06-02"),
])
def test_a_venue_on_the_object_sets_the_clause(read, text, event, who, date):
    got = read(text)
    assert (event, "participant", who) in triples(got), triples(got)
    ents = {e.key: e.label for e in got.entities.values()}
    assert (event, date) in {(ents[d.subject], d.value) for d in got.dates}, got.dates


@pytest.mark.parametrize("text, who", [
    ("Tomas Oduya studied the results of the Planetary Defense Conference.", "Tomas Oduya"),
    ("ESA praised the work at the Redu station.", "ESA"),
])
def test_no_gathering_no_participant(read, text, who):
    got = read(text)
    assert not any(p == "participant" and o == who for _, p, o in triples(got)), triples(got)
