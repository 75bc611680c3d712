""""The Aurora-3 crew includes X", "the crew of Kestrel-4 comprises A and B", "X is a member of the Aurora-3 crew":
the people a flight's crew is said to be made of fly on that flight (contributesTo); the name in "the crew of X" is
the flight (rules/crew_lists.py, rules/crews.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, flight, people", [
    ("The Aurora-3 mission will launch in May. The Aurora-3 crew also includes NASA astronaut Marcus Hale.",
     "Aurora-3", ["Marcus Hale"]),
    ("The crew of Kestrel-4 includes ESA astronaut Mia Lindqvist and JAXA astronaut Hiroshi Tanabe.",
     "Kestrel-4", ["Mia Lindqvist", "Hiroshi Tanabe"]),
    ("The Aurora-3 mission will launch in May. The Aurora-3 crew consists of Marcus Hale, Mia Lindqvist and "
     "Hiroshi Tanabe.",
     "Aurora-3", ["Marcus Hale", "Mia Lindqvist", "Hiroshi Tanabe"]),
    ("The Kestrel-4 mission will launch in May. The Kestrel-4 crew is made up of Marcus Hale and Mia Lindqvist.",
     "Kestrel-4", ["Marcus Hale", "Mia Lindqvist"]),
    ("The Aurora-3 mission will launch in May. Mia Lindqvist is a member of the Aurora-3 crew.", "Aurora-3",
     ["Mia Lindqvist"]),
    ("The Aurora-3 mission will launch in May. Mia Lindqvist, a member of the Aurora-3 crew, spoke to students.",
     "Aurora-3", ["Mia Lindqvist"]),
])
def test_the_crew_of_a_flight_flies_on_it(read, text, flight, people):
    got = read(text)
    assert "Mission" in classes_of(got, flight), classes_of(got, flight)
    for p in people:
        assert "Person" in classes_of(got, p), (p, classes_of(got, p))
        assert (p, "contributesTo", flight) in triples(got), triples(got)


@pytest.mark.parametrize("text", [
    "The crew includes NASA astronaut Marcus Hale.",
    "The four-person crew includes two astronauts.",
    "The crew will launch aboard a Zephyr capsule on 3 May.",
])
def test_a_crew_naming_no_flight_gives_no_crew_member(read, text):
    got = read(text)
    assert not any(p == "contributesTo" for _, p, _ in triples(got)), triples(got)
    assert not any("Mission" in e.classes for e in got.entities.values()), [e.label for e in got.entities.values()]
