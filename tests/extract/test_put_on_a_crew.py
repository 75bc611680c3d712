""""ESA assigned Marcus Hale to the Aurora-3 mission", "NASA named X as commander of Kestrel-4": who a crew verb puts
on a flight or in a crew post is a person and flies on it, whatever the model guessed the name was
(described_names.put_on_a_crew; rules/crews.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, person, flight", [
    ("ESA assigned Marcus Hale to the Aurora-3 mission.", "Marcus Hale", "Aurora-3"),
    ("Marcus Hale was selected for the Aurora-3 mission as flight engineer.", "Marcus Hale", "Aurora-3"),
    ("NASA named Marcus Hale as commander of the Kestrel-4 mission.", "Marcus Hale", "Kestrel-4"),
])
def test_who_is_put_on_a_crew_is_a_person_on_the_flight(read, text, person, flight):
    got = read(text)
    assert classes_of(got, person) == {"Person"}, classes_of(got, person)
    assert (person, "contributesTo", flight) in triples(got), triples(got)


def test_a_company_chosen_to_build_stays_a_body(read):
    got = read("ESA selected Orbix Dynamics to build the Aurora-3 spacecraft.")
    assert "Person" not in classes_of(got, "Orbix Dynamics"), classes_of(got, "Orbix Dynamics")
