"""Who runs, manages or owns a thing is a body, as who operates it is (lexicon MAKER_VERBS): "the Kessel
ground station is run by Nordlink" makes Nordlink an organization, and the station is operated by it. A name
shaped as a person's stays a person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "The Kessel ground station is run by Nordlink.",
    "The Kessel ground station is managed by Nordlink.",
    "The Kessel ground station, run by Nordlink, received the data.",
    "The Kessel ground station, managed by Nordlink, received the data.",
])
def test_who_runs_a_station_operates_it(read, text):
    got = read(text)
    assert "Organization" in classes_of(got, "Nordlink"), [(e.label, e.classes) for e in got.entities.values()]
    assert ("Kessel", "operatedBy", "Nordlink") in triples(got)


@pytest.mark.parametrize("text, name", [
    ("The workshop was run by Ana Halvorsen.", "Ana Halvorsen"),
    ("The project is managed by Dr Halvorsen.", "Halvorsen"),
])
def test_a_person_who_runs_something_stays_a_person(read, text, name):
    assert classes_of(read(text), name) == {"Person"}
