"""A craft's first flight on a rocket is its launch ("the spaceplane will make its first flight on Vega-C in 2027":
lexicon MAIDEN_FLIGHT_WORDS), an aircraft's is none ("the maiden flight of the Zero-G aircraft": flights.maiden); a
name the model took for a person's before adjectives and a craft's class noun is the craft's ("ESA's Space Rider
reusable spaceplane": names.not_a_person). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def test_a_crafts_first_flight_on_a_rocket_is_its_launch(read):
    ext = read("The Orla spaceplane is scheduled to make its first flight on Vega-C in 2027.")
    got = triples(ext)
    assert any(p == "participant" and o == "Orla" and s.startswith("first flight") for s, p, o in got), sorted(got)
    assert any("Launch" in e.classes for e in ext.entities.values())


@pytest.mark.parametrize("text", [
    "The maiden flight of the Zero-G aircraft took place in Bordeaux in May.",
    "The first flight of the Kesko helicopter took place on 30 July.",
])
def test_an_aircrafts_first_flight_is_no_launch(read, text):
    ext = read(text)
    assert not any("Launch" in e.classes for e in ext.entities.values()), sorted(triples(ext))


def test_a_name_before_adjectives_and_a_class_noun(read):
    ext = read("ESA's Tarvo Ridge reusable spaceplane has completed its drop tests.")
    assert "Spacecraft" in classes_of(ext, "Tarvo Ridge"), sorted(triples(ext))
    assert ("Tarvo Ridge", "operatedBy", "ESA") in triples(ext)
