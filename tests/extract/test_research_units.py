"""A laboratory told of without a name, whose owner is said or which is set up, is a research body of its own,
which its head heads; "the laboratory" after it takes it back, not its university (rules/research_units.py,
lexicon RESEARCH_UNIT_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _headed(got, person):
    return {o.split(" [")[0] for s, p, o in triples(got) if s == person and p == "headOf"}


@pytest.mark.parametrize("text, person, unit", [
    ("After heading the computer science laboratory of École Polytechnique, Dr Ana Ruiz became Deputy Director "
     "of CNRS.", "Ana Ruiz", "computer science laboratory"),
    ("Dr Ana Ruiz heads the space physics laboratory of the University of Tromvik.", "Ana Ruiz",
     "space physics laboratory"),
    ("Ana Ruiz, head of the University of Tromvik's plasma laboratory, said the data were excellent.", "Ana Ruiz",
     "plasma laboratory"),
    ("VSA and the University of Tromvik will open a joint research laboratory at the station next year. The "
     "laboratory will be led by Professor Ingrid Solberg.", "Ingrid Solberg", "joint research laboratory"),
])
def test_the_head_of_a_laboratory_heads_the_laboratory(read, text, person, unit):
    got = read(text)
    assert _headed(got, person) == {unit}, triples(got)


def test_a_laboratory_no_one_owns_or_sets_up_is_no_body(read):
    got = read("The samples were analysed in a laboratory in Houston on Monday.")
    assert not any(e.label.startswith("laboratory") for e in got.entities.values())


def test_a_named_laboratory_stays_its_name(read):
    got = read("Dr Ana Ruiz heads the Jet Propulsion Laboratory in Pasadena.")
    assert not any(e.label.startswith(("laboratory", "the laboratory")) for e in got.entities.values())


@pytest.mark.parametrize("text", [
    "Jean Morel joined CNES in 2010. After heading the computer science laboratory of École Polytechnique, he "
    "became Deputy Director of CNRS.",
    "She studied at the Instituto Tecnológico de Aeronáutica before joining INPE.",
])
def test_a_name_that_opens_with_a_bodys_noun_is_no_person(read, text):
    got = read(text)
    people = {e.label for e in got.entities.values() if "Person" in e.classes}
    assert not any(w in p for p in people for w in ("École", "Instituto")), people
