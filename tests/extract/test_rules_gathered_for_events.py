"""People no entity names meeting somewhere for an event: "400 experts met in Bonn for the fifth Clean
Orbit Symposium" places the symposium there (and dates it by the clause), though no agent is named to take
part (rules/assemblies.py gathered_for). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _dated(ext) -> set[tuple[str, str]]:
    return {(ext.entities[d.subject].label.split(" (")[0].removesuffix(" [t]"), d.value) for d in ext.dates}


@pytest.mark.parametrize("text, event, place, date", [
    ("Experts met in Vienna on 3 May 2022 for the Orbital Safety Conference.", "Orbital Safety Conference",
     "Vienna", "2022-05-03"),
    ("More than 300 scientists gathered in Lyon on 12 June 2022 for a workshop on lunar dust.", "workshop",
     "Lyon", "2022-06-12"),
    ("Delegates from 20 countries convened in Nairobi for the African Space Forum on 2 March 2022.",
     "African Space Forum", "Nairobi", "2022-03-02"),
])
def test_an_event_people_gathered_for_is_placed_and_dated(read, text, event, place, date):
    ext = read(text)
    got = {(s.split(" (")[0].removesuffix(" [t]"), p, o) for s, p, o in triples(ext)}
    assert (event, "locatedIn", place) in got, sorted(got)
    assert (event, date) in _dated(ext), sorted(_dated(ext))


@pytest.mark.parametrize("text", [
    "The crew gathered in the cupola for a photo.",  # no event
    "The probe gathered data over Lyon for a study of the atmosphere.",  # no people gathering
])
def test_no_event_where_none_is_gathered_for(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "locatedIn"], sorted(got)
