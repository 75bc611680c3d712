"""A name set beside a title before it is the title's holder, a person, even when the tagger took it for an
organization ("the Minister of Innovation, Science and Industry, François-Philippe Champagne":
kinds.person_by_title). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_the_holder_of_a_title_set_before_the_name_is_a_person(read):
    got = read("The Minister of Innovation, Science and Industry, François-Philippe Champagne, announced the "
               "assignment.")
    assert "Person" in classes_of(got, "François-Philippe Champagne"), sorted(triples(got))
    assert ("François-Philippe Champagne", "headOf", "Ministry of Innovation, Science and Industry") in triples(got)


def test_a_body_beside_a_role_noun_stays_a_body(read):
    got = read("The prime contractor, Thales Alenia Space, built the module.")
    assert "Person" not in classes_of(got, "Thales Alenia Space")
