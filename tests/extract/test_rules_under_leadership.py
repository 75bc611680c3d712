"""'Under the leadership of Y, Z ...': Y heads the organization the clause is about (dep:under-leadership,
lexicon LEADERSHIP_NOUNS)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("Under the leadership of Anna Berg, the Swedish National Space Agency signed the agreement.",
     "Anna Berg", "Swedish National Space Agency"),
    ("The Orion Institute, under the direction of Professor Jan Kowalski, built the camera.",
     "Jan Kowalski", "Orion Institute"),
    ("Under the stewardship of Dr Lena Fischer, the Vela Space Agency launched two satellites.",
     "Lena Fischer", "Vela Space Agency"),
])
def test_rules_under_leadership_the_person_heads_the_subject(read, text, person, org):
    t = triples(read(text))
    assert (person, "headOf", org) in t, t


@pytest.mark.parametrize("text", [
    "Under the presidency of France, ESA and JAXA signed the agreement.",
    "The Helios mission, under the leadership of Maria Lindqvist, reached orbit.",
    "Under the leadership of Anna Berg and Jan Kowalski, the Vela Space Agency signed the agreement.",
])
def test_rules_under_leadership_no_head_without_one_person_and_one_organization(read, text):
    t = triples(read(text))
    assert not any(p == "headOf" for s, p, o in t), t
