"""A programme's name that begins the name of a centre, a service or an office is part of that name, not a
programme in the sentence: "the Galileo Control Centre" yields one facility, "the Copernicus Emergency
Management Service" one body (lexicon HEAD_CLASSES "service"; programme_bodies.py). A craft or an agency
named inside a facility's name stays ("the Kibo Exposed Facility"), and a programme alone stays a programme.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, whole, part", [
    ("Engineers from Orbiteka worked at the Galileo Control Centre in Oberpfaffenhofen, Germany.",
     "Galileo Control Centre", "Galileo"),
    ("The Varda Space Office activated the Copernicus Emergency Management Service after the floods in Portugal.",
     "Copernicus Emergency Management Service", "Copernicus"),
    ("The Artemis Programme Office in Washington signed the contract with Orbiteka.",
     "Artemis Programme Office", "Artemis"),
])
def test_a_programme_inside_a_body_name_is_no_programme(read, text, whole, part):
    found = labels(read(text))
    assert whole in found and part not in found, sorted(found)


def test_a_service_name_is_an_organization(read):
    ext = read("The Varda Space Office activated the Copernicus Emergency Management Service in Portugal.")
    assert "Organization" in classes_of(ext, "Copernicus Emergency Management Service"), sorted(labels(ext))


@pytest.mark.parametrize("text, kept", [
    ("Japan's Kibo Exposed Facility hosts the new instrument.", "Kibo"),
    ("The Copernicus programme will add two satellites in 2028.", "Copernicus"),
    ("Portugal joined the Copernicus Emergency Management Service and the Galileo programme.", "Galileo"),
])
def test_a_craft_or_a_programme_alone_stays(read, text, kept):
    found = labels(read(text))
    assert kept in found, sorted(found)


def test_a_common_service_names_nothing(read):
    found = labels(read("Orbiteka will provide launch services to the Norvik Space Agency from May."))
    assert not {f for f in found if "service" in f.lower()}, sorted(found)
