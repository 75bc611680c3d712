""""the Outer Space Act", "the Kelmar Space Law": a name whose capitalized last word is "Act" or "Law" (lexicon
NAME_LAW_HEADS) is a law, typed as the model's LAW names are (Agreement), not a person nor nothing; "space law" in
lower case names nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("The Chamber of Deputies approved a bill on the General Space Law.", "Space Law"),
    ("The Outer Space Act 1986 regulates launches.", "Outer Space Act"),
    ("The Kelmar Space Law entered into force in 2024.", "Kelmar Space Law"),
])
def test_a_name_ending_in_act_or_law_is_a_law(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Agreement"}, (name, classes_of(got, name), labels(got))


@pytest.mark.parametrize("text", [
    "The working group on space law met in Vienna.",
    "Space Law Professor Anna Berg spoke at the conference.",
])
def test_no_law_without_a_capitalized_name(read, text):
    got = read(text)
    assert not any("Agreement" in e.classes for e in got.entities.values()), labels(got)
