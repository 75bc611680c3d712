"""A relative clause or participle of running set after "X in <place>," speaks of X, though the parser hangs it
on the place: "the Kessel ground station in Sweden, which is operated by Nordlink" is Nordlink's station
(placed_holders.py). A place named by the verb itself keeps its reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, station, operator", [
    ("Images were downlinked to the Kessel ground station in Sweden, which is operated by Nordlink.",
     "Kessel", "Nordlink"),
    ("Images were downlinked to the Kessel ground station in Kiruna, which is operated by the Swedish Space "
     "Corporation.", "Kessel", "Swedish Space Corporation"),
    ("Data are received at the Lenberg ground station in Norway, which is run by Polarlink.", "Lenberg", "Polarlink"),
    ("The Kessel ground station in Sweden, which Nordlink operates, received the data.", "Kessel", "Nordlink"),
])
def test_the_clause_hung_on_the_place_speaks_of_the_placed_thing(read, text, station, operator):
    got = triples(read(text))
    assert (station, "operatedBy", operator) in got, sorted(got)


def test_a_place_the_verb_names_is_not_the_stations(read):
    got = triples(read("The Kessel station is located in the Brask region, which is managed by the Brask "
                       "Regional Council."))
    assert not any(p == "operatedBy" and s == "Kessel" for s, p, o in got), sorted(got)
