"""A competition is an event its competitors take part in (lexicon HEAD_CLASSES, COMPETE_VERBS,
COMPETITION_NOUNS; rules/competitions.py): "a team from X won the Rover Challenge", "the contest was won by
students of Y". Winning a contract is no competition. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The CanSat Challenge was won by a team from the University of Bergen.", "CanSat Challenge"),
    ("Forty students took part in the Space Apps Hackathon in Toulouse.", "Space Apps Hackathon"),
    ("A team from the Technical University of Munich won the European Rover Challenge.", "European Rover Challenge"),
    ("Pupils from ten schools entered the Moon Camp Competition.", "Moon Camp Competition"),
])
def test_a_named_competition_is_an_event(read, text, name):
    got = read(text)
    assert "Event" in classes_of(got, name), labels(got)
    assert "Organization" not in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text, event, body", [
    ("The CanSat Challenge was won by a team from the University of Bergen.", "CanSat Challenge",
     "University of Bergen"),
    ("A team from the Technical University of Munich won the European Rover Challenge in Kielce.",
     "European Rover Challenge", "Technical University of Munich"),
    ("The Rover Challenge was won by students of the Technical University of Lisbon.", "Rover Challenge",
     "Technical University of Lisbon"),
    ("The University of Valmont competed in the Lunar Robotics Contest.", "Lunar Robotics Contest",
     "University of Valmont"),
])
def test_who_wins_or_competes_takes_part(read, text, event, body):
    got = triples(read(text))
    assert (event, "participant", body) in got, got


def test_a_competition_won_in_a_place_is_held_there(read):
    got = triples(read("Students from the University of Porto won the competition in Lisbon on 3 May."))
    assert ("competition (2020-05-03) [t]", "participant", "University of Porto") in got, got
    assert ("competition (2020-05-03) [t]", "locatedIn", "Lisbon") in got, got


@pytest.mark.parametrize("text", [
    "Airbus won a contract from ESA to build the satellite.",
    "The team won the prize for the best design.",
    "Space debris is a major challenge for all operators.",
    "Orbex competes with larger launch providers in Europe.",
])
def test_no_competition_without_its_noun(read, text):
    got = read(text)
    assert not any(c == "Event" for e in got.entities.values() for c in e.classes), labels(got)
