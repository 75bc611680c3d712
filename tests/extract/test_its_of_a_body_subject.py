""""The firm flew its Pathfinder lander": "its" in the object of a clause whose subject is a body is the subject's,
also when the subject is a definite noun ("the firm", "the company") and another body was named closer before
(antecedents._own_subject); so is its craft "for" which the clause's deed is done ("X signed a contract with Y
for its Lumen-2 satellite"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, owner, other", [
    ("Selene Dynamics was founded in 2017 by a former SpaceX engineer. The firm flew its Pathfinder lander "
     "in 2025.", "Pathfinder", "Selene Dynamics", "SpaceX"),
    ("Orbitek, a supplier of Airbus, employs 300 people. The company will operate its Corvid-2 satellite from "
     "Arvelle.", "Corvid-2", "Orbitek", "Airbus"),
    ("Halden Aerospace bought a factory from Thales Alenia Space last year. The firm will test its Kestra "
     "lander there in 2027.", "Kestra", "Halden Aerospace", "Thales Alenia Space"),
])
def test_its_in_the_object_is_the_body_subjects(read, text, craft, owner, other):
    got = read(text)
    assert (craft, "operatedBy", owner) in triples(got), triples(got)
    assert (craft, "operatedBy", other) not in triples(got), triples(got)


def test_a_commissioners_its_is_still_the_commissioners(read):
    got = read("The Kestrian Space Agency selected Orbitek to launch its Corvid-2 satellite in 2027.")
    assert ("Corvid-2", "operatedBy", "Orbitek") not in triples(got), triples(got)


@pytest.mark.parametrize("text, craft, owner, other", [
    ("The Kestrian Space Agency signed a launch contract with Arianespace for its Lumen-2 satellite.", "Lumen-2",
     "Kestrian Space Agency", "Arianespace"),
    ("Halden Aerospace has placed an order with Orbitek for its Kestra lander.", "Kestra", "Halden Aerospace",
     "Orbitek"),
])
def test_a_craft_for_which_the_deed_is_done_is_the_subjects(read, text, craft, owner, other):
    got = read(text)
    assert (craft, "operatedBy", owner) in triples(got), triples(got)
    assert (craft, "operatedBy", other) not in triples(got), triples(got)
