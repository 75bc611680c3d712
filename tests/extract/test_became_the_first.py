""""X will become Turkey's first astronaut", "X became the first Turkish citizen to fly to space", "X remains the
only Turkish astronaut": a noun after "become" or "remain" says what the subject is, as after "is", so the
nationality written on it is the person's (lexicon DESCRIBING_VERBS, rules/copulas.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, country", [
    ("Faisal Harbi will become the first Turkish astronaut to fly to the International Space Station.", "Turkey"),
    ("Faisal Harbi became the first Turkish citizen to fly to space.", "Turkey"),
    ("Faisal Harbi will become Turkey's first astronaut.", "Turkey"),
    ("Faisal Harbi remains the only Hungarian astronaut.", "Hungary"),
    ("Faisal Harbi is a French astronaut.", "France"),
])
def test_a_nationality_said_of_a_person_through_become(read, text, country):
    assert ("Faisal Harbi", "country", country) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Faisal Harbi became the commander of the French mission.",
    "Faisal Harbi will fly to the station with the first Turkish astronaut.",
])
def test_a_nationality_of_another_noun_is_not_the_persons(read, text):
    got = triples(read(text))
    assert not any(s == "Faisal Harbi" and p == "country" for s, p, _ in got), got
