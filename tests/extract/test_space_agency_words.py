"""An agency whose name holds a space word anywhere before "Agency" (lexicon SPACE_AGENCY_WORDS: aerospace,
aeronautics, orbital, ...) is a space agency, not only one named "... Space Agency"; an agency without one stays a
government body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("name", [
    "Zeltan Aerospace Agency",
    "Kelmar Aeronautics and Space Agency",
    "Lusitanian Orbital Agency",
])
def test_space_words_make_a_space_agency(read, name):
    got = read(f"The {name} signed the agreement with Halden Systems.")
    assert "SpaceAgency" in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("name", ["Norte Regional Development Agency", "Kelmar Defence Procurement Agency"])
def test_other_agencies_stay_government_bodies(read, name):
    got = read(f"The {name} signed the agreement with Halden Systems.")
    assert "GovernmentBody" in classes_of(got, name) and "SpaceAgency" not in classes_of(got, name)


@pytest.mark.parametrize("text, name", [
    ("The Nordic Aerospace Agency signed the agreement.", "Nordic Aerospace Agency"),
    ("The Nordic Human Spaceflight Agency signed the agreement.", "Nordic Human Spaceflight Agency"),
    ("The Lusitanian Aerospace Research Agency signed the agreement.", "Lusitanian Aerospace Research Agency"),
    ("The Coral Space Agency signed the agreement.", "Coral Space Agency"),
])
def test_agency_with_a_space_word_is_a_space_agency(read, text, name):
    assert classes_of(read(text), name) == {"SpaceAgency"}


@pytest.mark.parametrize("text, name", [
    ("The Nordic Food Agency signed the agreement.", "Nordic Food Agency"),
    ("The Lusitanian Environment Agency signed the agreement.", "Lusitanian Environment Agency"),
])
def test_agency_of_another_field_is_a_government_body(read, text, name):
    assert classes_of(read(text), name) == {"GovernmentBody"}
