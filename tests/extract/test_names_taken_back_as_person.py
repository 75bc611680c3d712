"""A name the model takes for an organization is a person's when a personal pronoun takes it back
(described_names.taken_back_as_person, names.context_class): "Ivo Sarr spent ten years at X, where he was
...". Not when another person or a title comes between. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("Before that, Ivo Sarr spent ten years at the Orla Institute, where he was Director General.", "Ivo Sarr"),
    ("Ingrid Dahl heads the Zephyr Research Centre. She resigned on 3 March.", "Ingrid Dahl"),
    ("Leena Varga heads the Baltic Space Agency. Ivo Sarr will succeed her in January.", "Leena Varga"),
])
def test_a_name_a_personal_pronoun_takes_back_is_a_person(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Person"}, classes_of(got, name)


@pytest.mark.parametrize("text, name", [
    ("The Orla Institute signed a contract with ESA. It will build the radar.", "Orla Institute"),
    ("Kestrel Dynamics hired a new chief engineer. She previously worked at ESA.", "Kestrel Dynamics"),
])
def test_a_body_stays_a_body(read, text, name):
    got = read(text)
    assert "Person" not in classes_of(got, name), classes_of(got, name)
