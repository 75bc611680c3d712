""""Varga led the development of the Korma-2 satellite": a person who leads the work told by its noun worked on the
thing; the one that provides it is a body (rules/actions.py supply). A run of names after an honorific ("Dr Ana
Ruiz", no full stop) or joined to what a person's pronoun owns ("Ana Ruiz and her team") is a person, not the company
its role as a builder would make it; "Ignis Orbital" is a company by its last word (lexicon COMPANY_NAME_WORDS).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "Elena Varga led the development of the Korma-2 Earth observation satellite.",
    "Before joining the agency, Dr Jon Berg oversaw the construction of the Tessaly radar.",
])
def test_a_person_leading_the_work_provides_nothing(read, text):
    assert not any(p == "providedBy" for _, p, _ in triples(read(text)))


def test_a_body_still_provides(read):
    got = triples(read("The camera was built by the Velorian Institute of Optics."))
    assert any(p == "providedBy" and o == "Velorian Institute of Optics" for _, p, o in got), got


@pytest.mark.parametrize("text, name", [
    ("The camera was built by Dr Ana Ruiz.", "Ana Ruiz"),
    ("The camera was built by Ana Ruiz and her team.", "Ana Ruiz"),
    ("The spectrometer was designed by Jon Berg and his colleagues.", "Jon Berg"),
])
def test_honorifics_and_personal_pronouns_make_people(read, text, name):
    assert classes_of(read(text), name) == {"Person"}


def test_a_company_named_orbital(read):
    got = read("The Firewatch-2 satellite was built by Quantis Orbital.")
    assert classes_of(got, "Quantis Orbital") == {"Company"}
    assert ("Firewatch-2", "providedBy", "Quantis Orbital") in triples(got)


def test_a_company_and_its_partners_stay_a_company(read):
    assert "Company" in classes_of(read("The camera was built by Orbix Space and its partners."), "Orbix Space")


@pytest.mark.parametrize("text, thing, body", [
    ("The spectrometer was developed by Dr Ana Ruiz at the University of Lorvik.", "spectrometer",
     "University of Lorvik"),
    ("The instrument was designed by Jon Berg and his colleagues at the Velorian Institute of Optics.", "instrument",
     "Velorian Institute of Optics"),
])
def test_people_who_make_a_thing_at_a_body_make_it_for_the_body(read, text, thing, body):
    got = {(s.split(" [")[0], p, o) for s, p, o in triples(read(text))}
    assert {o for s, p, o in got if s == thing and p == "providedBy"} == {body}, got
