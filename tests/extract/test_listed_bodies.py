""""twelve companies, among them Velantis, Quellwerk and Lichtstrom", "five universities, including Hallberg and
Tarnow": the names a plural noun of bodies lists are bodies of its class (enumerations with BODIES, read by the
typing of names in mentions.py); a place the model saw in such a list is the listed body; a known country stays a
country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, names, cls", [
    ("DLR awarded grants to twelve companies, among them Velantis, Quellwerk and Lichtstrom.",
     ("Velantis", "Quellwerk", "Lichtstrom"), "Company"),
    ("The Business Incubation Centre supports 20 start-ups, among them Lichtstrom and Orbitara.",
     ("Lichtstrom", "Orbitara"), "Company"),
    ("The grants go to start-ups such as Velantis and Quellwerk.", ("Velantis", "Quellwerk"), "Company"),
    ("Five universities, including Hallberg and Tarnow, will receive funding.", ("Hallberg", "Tarnow"),
     "ResearchInstitute"),
])
def test_names_a_plural_noun_of_bodies_lists_are_its_bodies(read, text, names, cls):
    got = read(text)
    for name in names:
        assert cls in classes_of(got, name), (name, classes_of(got, name))


def test_a_known_country_in_a_list_stays_a_country(read):
    got = read("The grants go to companies in several countries, including France and Norway.")
    assert "Country" in classes_of(got, "France") and "Company" not in classes_of(got, "Norway")
