""""She" takes back no man the text marks as one, "he" no woman: an honorific before a mention ("Ms Lund", "Mr
Holm") or a given name of one gender (lexicon people.toml) marks a person; a person not marked fits either
pronoun (genders.py, Antecedents.antecedents). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, other, body", [
    ("Dr. Anna Berg was appointed head of the Propulsion Laboratory. Peter Holm retired last year. "
     "She previously worked at Airbus.", "Anna Berg", "Peter Holm", "Airbus"),
    ("Luca Ferrante will succeed Hanna Lindqvist of Sweden. He was formerly President of the Italian Space "
     "Agency (ASI).", "Luca Ferrante", "Hanna Lindqvist", "ASI"),
    ("Ms Lund will succeed Jonas Brekke as chair. She previously led the Orla Institute.", "Lund", "Jonas Brekke",
     "Orla Institute"),
    ("Maria Stein met Paul Ristov in Oslo. She is a researcher at the Orla Institute.", "Maria Stein",
     "Paul Ristov", "Orla Institute"),
    ("Mr Holm thanked Karin Lund for her work. He heads the Orla Institute.", "Holm", "Karin Lund",
     "Orla Institute"),
])
def test_a_pronoun_skips_a_person_of_the_other_gender(read, text, person, other, body):
    got = triples(read(text))
    assert any(s == person and o == body for s, _, o in got), sorted(got)
    assert not any(s == other and o == body for s, _, o in got), sorted(got)


@pytest.mark.parametrize("text, person, body", [
    # the latest person, not marked by the text, is taken back as before
    ("Anna Berg met Dr. Harkland in Oslo. He heads the Orla Institute.", "Harkland", "Orla Institute"),
    ("Peter Holm met Andrea Conti in Rome. She heads the Orla Institute.", "Andrea Conti", "Orla Institute"),
    ("Karin Lund met Peter Holm in Oslo. He heads the Orla Institute.", "Peter Holm", "Orla Institute"),
])
def test_a_person_not_marked_or_of_the_same_gender_is_still_taken_back(read, text, person, body):
    got = triples(read(text))
    assert (person, "headOf", body) in got, sorted(got)
