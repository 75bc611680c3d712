"""A name acquired or bought is a company, and so is who acquires one by the passive's agent (lexicon roles
OBJECTS, PASSIVE_SUBJECTS, PASSIVE_AGENTS; names.not_a_person): "Stellaris Dynamics acquired Quantix Orbital"
(not a person, whatever the model said). Data acquired by a craft stays what its own words make it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("Stellaris Dynamics acquired Quantix Orbital in 2025.", "Quantix Orbital"),
    ("Quantix Orbital was acquired by Stellaris Dynamics in 2025.", "Quantix Orbital"),
    ("Last year Orbis Holdings bought Tern Aerospace.", "Tern Aerospace"),
    ("Tern Aerospace was bought by Halvard Marine in 2024.", "Halvard Marine"),
])
def test_what_is_acquired_and_who_buys_are_companies(read, text, name):
    got = read(text)
    assert "Company" in classes_of(got, name), labels(got)
    assert "Person" not in classes_of(got, name), classes_of(got, name)


def test_data_acquired_by_a_craft_is_no_company(read):
    got = read("Sentinel-2 acquired images of Lake Victoria on 3 May.")
    assert "Company" not in classes_of(got, "Lake Victoria"), labels(got)
