"""A person named right after "<Title> of <Department>" with no comma (extract/titled_people.py)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, person, org", [
    ('"We are ready," said ESA\'s Director of Space Transportation Marta Lindqvist-Berg.',
     "Marta Lindqvist-Berg", "ESA"),
    ("The plan was presented by CNES Director of Innovation and Applications Paul Garnier on Monday.",
     "Paul Garnier", "CNES"),
    ('"This is a milestone," said the agency\'s Director of Earth Observation Programmes Elena Varga.',
     "Elena Varga", None),
])
def test_titled_people_name_after_a_department_is_a_person(read, text, person, org):
    got = read(text, publisher="ESA")
    assert classes_of(got, person) == {"Person"}, [(e.label, e.classes) for e in got.entities.values()]
    if org:
        assert (person, "memberOf", org) in triples(got), triples(got)


def test_titled_people_the_department_is_no_organization(read):
    got = labels(read('"It flew well," said ESA\'s Director of Space Transportation Marta Lindqvist-Berg.'))
    assert not any("Transportation" in lab for lab in got), got


@pytest.mark.parametrize("text", [
    "The Director of Earth Observation Programmes will attend the meeting in Paris.",
    "She was Director of Human Spaceflight Operations until 2020.",
])
def test_titled_people_no_name_after_the_department_makes_no_person(read, text):
    got = read(text)
    assert not any("Person" in e.classes for e in got.entities.values()), \
        [(e.label, e.classes) for e in got.entities.values()]


def test_titled_people_the_title_phrase_stands_for_the_person(read):
    t = triples(read("The agreement was signed by ESA and CNES in Lisbon on 11 June 2025, in the presence of the "
                     "Portuguese Minister of Science Elvira Fortunato."))
    assert any(p == "participant" and o == "Elvira Fortunato" for s, p, o in t), t


@pytest.mark.parametrize("text, person", [
    ("Federal Minister for Economic Affairs and Climate Action Robert Habeck opened the conference in Berlin.",
     "Robert Habeck"),
    ("Minister for Universities Tomas Berg signed the agreement with the Vela Space Agency.", "Tomas Berg"),
    ("The State Secretary for Energy and Environment Lotte Visser toured the Helios Centre.", "Lotte Visser"),
])
def test_titled_people_name_after_a_portfolio_with_for_is_the_person(read, text, person):
    got = read(text)
    people = {e.label for e in got.entities.values() if "Person" in e.classes}
    assert people == {person}, [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text, person", [
    ("Minister of Science Karin Holm visited the Norwegian Space Agency.", "Karin Holm"),
    ("Minister of Science Anna Lund and Director Hans Meyer visited the Polish Space Agency.", "Anna Lund"),
])
def test_titled_people_the_portfolio_ends_where_the_name_begins(read, text, person):
    got = read(text)
    assert (person, "headOf", "Ministry of Science") in triples(got), triples(got)
    assert not any("Ministry" in lab and lab != "Ministry of Science" for lab in labels(got)), labels(got)


def test_titled_people_a_portfolio_with_no_name_after_it_makes_no_person(read):
    got = read("The Minister for Trade and Industry visited the Vela Space Agency on Monday.")
    assert not any("Person" in e.classes for e in got.entities.values()), \
        [(e.label, e.classes) for e in got.entities.values()]
