""""Expedition 73 commander X", "X served as commander of Expedition 68", "X, pilot of Crew-14": a crew post on a
flight makes a person who takes part in running it (contributesTo); the name after the post stays a person,
not the flight before it (lexicon CREW_POSTS; rules/crew_posts.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, person, flight", [
    ("Expedition 73 commander Sergei Volkonsky monitored the approach.", "Sergei Volkonsky", "Expedition 73"),
    ("Expedition 75 flight engineer Marta Lind photographed the storm.", "Marta Lind", "Expedition 75"),
])
def test_a_post_between_flight_and_name_keeps_a_person(read, text, person, flight):
    got = read(text)
    assert "Person" in classes_of(got, person), (classes_of(got, person), labels(got))
    assert (person, "contributesTo", flight) in triples(got), triples(got)


@pytest.mark.parametrize("text, person, flight", [
    ("Paul Brenner served as commander of Expedition 68 in 2022.", "Paul Brenner", "Expedition 68"),
    ("Mia Lind will serve as flight engineer during Expedition 74.", "Mia Lind", "Expedition 74"),
    ("Marta Lind, commander of Expedition 75, spoke to students.", "Marta Lind", "Expedition 75"),
    ("The commander of Expedition 75, Marta Lind, spoke to students.", "Marta Lind", "Expedition 75"),
    ("Marta Lind will be the commander of Expedition 75.", "Marta Lind", "Expedition 75"),
    ("Jonas Feldmann, who served as commander of Expedition 76, handed over command to Claire Dubois on 1 April.",
     "Jonas Feldmann", "Expedition 76"),
])
def test_a_post_said_of_a_person(read, text, person, flight):
    assert (person, "contributesTo", flight) in triples(read(text))


def test_the_flight_before_the_first_post_is_the_next_posts_too(read):
    got = triples(read("Expedition 73 commander Sergei Volkonsky and flight engineer Anya Petrakis monitored "
                       "the approach."))
    assert ("Sergei Volkonsky", "contributesTo", "Expedition 73") in got, got
    assert ("Anya Petrakis", "contributesTo", "Expedition 73") in got, got


@pytest.mark.parametrize("text", [
    "Marta Lind served as commander of the station.",
    "Station commander Sergei Volkonsky and flight engineer Anya Petrakis monitored the approach.",
    "Marta Lind served as director of the Kestrel programme.",
    "NASA astronaut Marta Lind will fly to the station.",
])
def test_no_flight_named_no_crew_post(read, text):
    assert not any(p == "contributesTo" for _, p, _ in triples(read(text))), triples(read(text))


def test_posts_after_a_flight_the_parser_sets_the_names_beside(read):
    """In a longer text the parser may make the names the expedition's apposition: still people on it."""
    got = read("The Tarsis-7 cargo ship docked with the station on 2 September. Expedition 73 commander Sergei "
               "Volkonsky and flight engineer Anya Petrakis monitored the approach from the station's cupola.")
    for person in ("Sergei Volkonsky", "Anya Petrakis"):
        assert "Person" in classes_of(got, person), (person, classes_of(got, person))
        assert (person, "contributesTo", "Expedition 73") in triples(got), triples(got)
