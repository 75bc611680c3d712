"""An agency whose name holds a space word of the lexicon (``SPACE_AGENCY_WORDS``: "Aerospace", "Spaceflight")
is a space agency, as "Space" makes one; an agency of another field stays a government body
(candidates._noun_class). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


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
