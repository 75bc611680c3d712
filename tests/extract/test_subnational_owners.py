"""The owner of a state's noun is a country ("the government of Southmark"), not when a word makes the noun a
region's or a town's ("the regional government of Southmark", "the state government of Valmark"; lexicon
SUBNATIONAL_WORDS, states.state_owner). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("The mission is funded by the Lisvik Ministry of Education and the regional government of Southmark.",
     "Southmark"),
    ("The state government of Valmark supports the project.", "Valmark"),
    ("The provincial government of Orlenne will host the conference.", "Orlenne"),
])
def test_a_regions_government_owns_no_country(read, text, name):
    got = read(text)
    assert "Country" not in classes_of(got, name), classes_of(got, name)


def test_a_states_government_still_owns_a_country(read):
    got = read("The mission is funded by the government of Southmark.")
    assert "Country" in classes_of(got, "Southmark"), classes_of(got, "Southmark")
