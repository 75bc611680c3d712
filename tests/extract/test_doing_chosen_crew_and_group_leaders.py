"""What a name is, read from what it is chosen for or what it leads (doing.chosen_crew, doing.group_leader): a
name of two words chosen (SELECT_VERBS) to fly (CREW_FLIGHT_VERBS) is a person; who leads a group of companies
(COMPANY_GROUP_NOUNS: "a consortium led by X") is a company, whatever the model says, while a team may be led by
a person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, person, mission", [
    ("NASA selected Ana Ruiz to fly on the Corvid-3 mission to the International Space Station.", "Ana Ruiz",
     "Corvid-3"),
    ("The Tarsia Space Agency has picked Maren Solberg to travel on the Orvik-5 mission next year.",
     "Maren Solberg", "Orvik-5"),
    ("Maren Solberg was selected to fly on the Orvik-5 mission.", "Maren Solberg", "Orvik-5"),
    ("The Norland Space Agency chose Ines Tarrago to fly on the Orvik-5 mission in 2027.", "Ines Tarrago",
     "Orvik-5"),
    ("JAXA picked Ana Ruiz to travel on the Orvik-5 mission.", "Ana Ruiz", "Orvik-5"),
])
def test_a_name_chosen_to_fly_is_a_person_who_flies(read, text, person, mission):
    got = read(text)
    assert "Person" in classes_of(got, person), sorted(triples(got))
    assert (person, "contributesTo", mission) in triples(got), sorted(triples(got))


def test_a_one_word_name_chosen_to_fly_is_no_person(read):
    """"selected Corvid to fly on X": a payload may be chosen to fly."""
    got = read("NASA selected Corvid to fly on the Orvik-5 mission.")
    assert "Person" not in classes_of(got, "Corvid")


@pytest.mark.parametrize("text, leader, craft", [
    ("The Corvid satellite will be built by a consortium led by Orbivex Marlow.", "Orbivex Marlow", "Corvid"),
    ("A consortium led by Halden Brix will supply the Vela lander.", "Halden Brix", "Vela"),
    ("The Vela rover will be built by an industrial consortium led by Halden Brix.", "Halden Brix", "Vela"),
])
def test_the_leader_of_a_consortium_is_a_company(read, text, leader, craft):
    got = read(text)
    assert "Company" in classes_of(got, leader), sorted(triples(got))
    assert "Person" not in classes_of(got, leader)
    assert (craft, "providedBy", leader) in triples(got), sorted(triples(got))


def test_a_team_may_be_led_by_a_person(read):
    got = read("A team led by Piet Horvath built the instrument.")
    assert "Person" in classes_of(got, "Piet Horvath")
