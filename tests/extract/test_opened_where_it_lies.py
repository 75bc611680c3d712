""""Alma Teodor inaugurated a new ground station in Arvelle": where a site opened lies, said on the site (the parser
hangs "in Arvelle" on the station), is where the opening took place, so the opening is an event with its place and
who opened it (event_openings.opened_in, read by frame:occurrence). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, where", [
    ("Alma Teodor inaugurated a new ground station in Arvelle.", "Alma Teodor", "Arvelle"),
    ("The Kestrian minister of research, Alma Teodor, inaugurated a new ground station in Arvelle.", "Alma Teodor",
     "Arvelle"),
])
def test_an_opening_takes_place_where_the_site_lies(read, text, who, where):
    got = triples(read(text))
    events = {s for s, p, o in got if p == "participant" and o == who}
    assert events and any((e, "locatedIn", where) in got for e in events), got


def test_a_thing_bought_in_a_town_is_no_opening(read):
    got = triples(read("Alma Teodor bought a new ground station in Arvelle."))
    assert not any(p == "participant" for _, p, _ in got), got
