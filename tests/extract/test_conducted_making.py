""""The construction of X will be carried out by Y", "the assembly of X was completed by Y": a conducting verb
(lexicon CONDUCT_VERBS, a verb with its particle too) whose passive subject is the noun of a making
(MAKING_NOUN_VERBS) says that its agent makes the thing, as the active "Y will lead the development of X" does;
and the agent is typed by the making verb ("carried out by Y" makes no carrier craft of Y). Work on a thing or
its making said to be done "with the support of" a body makes the body a contributor (lexicon WORK_NOUNS,
MAKING_NOUNS: rules/roles.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, made, maker", [
    ("The construction of the Tarsa-2 satellite will be carried out by Orbitek.", "Tarsa-2", "Orbitek"),
    ("The assembly of the Corvid probe was completed by Halden Systems in March.", "Corvid", "Halden Systems"),
    ("The development of the Tarsa-2 satellite is led by CNES.", "Tarsa-2", "CNES"),
    ("The manufacture of the Ostra-4 satellite will be performed by Varnel Systems in Arvelle.", "Ostra-4",
     "Varnel Systems"),
])
def test_a_making_conducted_in_the_passive_makes_its_agent_the_maker(read, text, made, maker):
    got = read(text)
    assert (made, "providedBy", maker) in triples(got), triples(got)
    assert "Spacecraft" not in classes_of(got, maker)


def test_carried_out_makes_no_carrier_craft(read):
    got = read("The tests of the Tarsa-2 satellite were carried out by Orbitek in Arvelle.")
    assert not {"Spacecraft", "Satellite"} & classes_of(got, "Orbitek"), classes_of(got, "Orbitek")


@pytest.mark.parametrize("text, craft, backer", [
    ("Work on the Tarsa-2 satellite began in 2024 with the support of CNES.", "Tarsa-2", "CNES"),
    ("Development of the Corvid probe will start in 2027 with support from the Italian Space Agency.", "Corvid",
     "ASI"),
    ("Construction of the Tarsa-2 satellite continued with funding from the European Union.", "Tarsa-2",
     "European Union"),
])
def test_work_on_a_craft_with_support_makes_a_contributor(read, text, craft, backer):
    got = read(text)
    assert (backer, "contributesTo", craft) in triples(got), triples(got)


def test_support_for_work_on_no_craft_makes_no_contribution(read):
    got = read("Work on the new building began in 2024 with the support of CNES.")
    assert not any(p == "contributesTo" for _, p, _ in triples(got)), triples(got)


@pytest.mark.parametrize("text, craft, partner", [
    ("Work on the Tarsa-2 satellite will begin next year in partnership with CNES.", "Tarsa-2", "CNES"),
    ("The assembly of the Corvid probe will start in March in cooperation with the Italian Space Agency.", "Corvid",
     "ASI"),
])
def test_work_on_a_craft_in_partnership_makes_a_contributor(read, text, craft, partner):
    got = read(text)
    assert (partner, "contributesTo", craft) in triples(got), triples(got)
