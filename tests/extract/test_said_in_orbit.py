""""Orveo has been in orbit since 2019", "Orveo completed its first year in orbit": a name the clause says is in
orbit (a verb of lexicon STAY_VERBS with no object, or a span of SPAN_NOUNS spent there) is a craft
(placing.in_orbit, asked by doing.role_class). What a body has in orbit, and a person's two names, are not.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("On Monday, Orveo completed its first year in orbit.", "Orveo"),
    ("The agency said that Orveo has been in orbit since 2019.", "Orveo"),
    ("On 3 May, Kestrelle celebrated ten years in orbit.", "Kestrelle"),
    ("According to the operator, Veltra has operated in orbit for ten years.", "Veltra"),
])
def test_a_name_said_to_be_in_orbit_is_a_craft(read, text, name):
    assert "Spacecraft" in classes_of(read(text), name), classes_of(read(text), name)


@pytest.mark.parametrize("text, name", [
    ("Halvorsen has twenty satellites in orbit.", "Halvorsen"),
    ("Tamsin Roe has been in orbit since March.", "Tamsin Roe"),
    ("Last year, Ostrava operated three satellites in orbit.", "Ostrava"),
])
def test_what_has_craft_in_orbit_or_a_person_is_no_craft(read, text, name):
    assert not {"Spacecraft", "Satellite"} & classes_of(read(text), name), classes_of(read(text), name)
