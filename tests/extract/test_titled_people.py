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
