"""Who a flight's crew is, told by a listing: "the Artemis III crew includes A and B" (a name before "crew" is a
flight's, a mission, though nothing else types it), "the prime crew, which includes A and B" (a relative clause;
"the crew" naming no flight is the crew of the flight told of just before). A crew with no flight in view gives
nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def test_a_name_before_crew_is_a_flight(read):
    x = read("The Artemis IV crew includes NASA astronauts Ana Ruiz and Tom Hale.")
    assert "Mission" in classes_of(x, "Artemis IV")
    found = triples(x)
    assert {("Ana Ruiz", "contributesTo", "Artemis IV"), ("Tom Hale", "contributesTo", "Artemis IV")} <= found


@pytest.mark.parametrize("text, flight, crew", [
    ("Lena Berg has been assigned to the Vela-2 mission as a backup crew member. She will train in Houston "
     "alongside the prime crew, which includes NASA astronauts Ana Ruiz and Tom Hale.", "Vela-2",
     {"Ana Ruiz", "Tom Hale"}),
    ("The Kestrel-4 mission will launch in May. The crew consists of Ana Ruiz, Tom Hale and Ivo Stark.", "Kestrel-4",
     {"Ana Ruiz", "Tom Hale", "Ivo Stark"}),
])
def test_the_crew_of_the_flight_in_view(read, text, flight, crew):
    found = triples(read(text))
    assert crew <= {s for s, p, o in found if p == "contributesTo" and o == flight}, sorted(found)


def test_a_crew_with_no_flight_in_view(read):
    found = triples(read("The crew includes two astronauts from Japan, Ana Ruiz and Tom Hale."))
    assert not any(p == "contributesTo" for _, p, _ in found), sorted(found)
