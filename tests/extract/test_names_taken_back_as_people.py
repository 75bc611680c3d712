"""A name of two to four words that the sentence's next pronoun takes back as "his" or "her" is a person,
whatever the model took it for (described_names.taken_back_as_person, also asked by names.not_a_person)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("The prize was awarded to Mirela Dobre for her work on the radar.", "Mirela Dobre"),
    ("The medal went to Tariq Haddad for his contribution to the mission.", "Tariq Haddad"),
])
def test_name_taken_back_by_his_or_her_is_a_person(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Person"}, _seen(got)


@pytest.mark.parametrize("text, name", [
    ("The contract was awarded to Vindel Aerospace for its work on the radar.", "Vindel Aerospace"),
    ("The grant went to Kelmont University for her research on comets.", "Kelmont University"),
])
def test_body_stays_a_body(read, text, name):
    got = read(text)
    assert classes_of(got, name) and "Person" not in classes_of(got, name), _seen(got)
