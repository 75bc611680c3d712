"""A body's short name and its town ("ETH Zurich", "EPFL Lausanne", "KTH Stockholm"): a name opening on an
acronym is no person's, and a known town ending it is the body's name, not the town alone
(body_names.acronym_first, holds_place; mentions' model persons). An apposition's head noun still types it
("X, the Swiss university,"). Sentences written for the test."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("Researchers from EPFL Lausanne built the camera.", "EPFL Lausanne"),
    ("ETH Zurich will provide the seismometer.", "ETH Zurich"),
    ("KTH Stockholm will provide the seismometer.", "KTH Stockholm"),
    ("The radar was designed by DTU Lyngby.", "DTU Lyngby"),
])
def test_an_acronym_and_a_town_name_a_body(read, text, name):
    got = read(text)
    assert name in labels(got), sorted(labels(got))
    assert "Person" not in classes_of(got, name) and "City" not in classes_of(got, name), classes_of(got, name)
    assert any(s.endswith(("camera [t]", "seismometer [t]", "radar [t]")) and p == "providedBy" and o == name
               for s, p, o in triples(got)), triples(got)


def test_the_apposition_types_the_body(read):
    got = read("The camera was built by KTH Stockholm, the Swedish university.")
    assert "ResearchInstitute" in classes_of(got, "KTH Stockholm"), classes_of(got, "KTH Stockholm")
    assert ("KTH Stockholm", "country", "Sweden") in triples(got), triples(got)


@pytest.mark.parametrize("text, person", [
    ("JAXA President YAMAKAWA Hiroshi opened the meeting.", "Hiroshi Yamakawa"),
    ("The camera team is led by SATO Kenta, the principal investigator.", "SATO Kenta"),
])
def test_a_family_name_in_capitals_first_stays_a_person(read, text, person):
    got = read(text)
    assert classes_of(got, person) == {"Person"}, [(e.label, e.classes) for e in got.entities.values()]


def test_a_known_agency_before_a_town_stays_the_agency(read):
    got = read("CNES Toulouse will provide the seismometer.")
    assert "CNES" in labels(got), sorted(labels(got))
