"""A joint venture is a company (lexicon HEAD_CLASSES "joint venture", "enterprise", "conglomerate"), and the
organizations a joint noun's own "between"/"of" phrase lists are partners, wherever the noun stands: "Skylance,
a joint venture between Orbitra and Kessler Aerospace", "a joint laboratory of CNES and the University of Kelso"
(dep:joint-partners, rules/joint_ventures.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Orbitra SA and Kessler Aerospace GmbH today announced the creation of Skylance, a joint venture that will "
     "develop a reusable small launcher.", "Skylance"),
    ("The two firms created Skylance, a joint venture, in 2024.", "Skylance"),
    ("Norvex, a state-owned enterprise, builds the rocket.", "Norvex"),
])
def test_a_joint_venture_is_a_company(read, text, name):
    assert "Company" in classes_of(read(text), name), classes_of(read(text), name)


@pytest.mark.parametrize("text, a, b", [
    ("Skylance, a joint venture between Orbitra and Kessler Aerospace, will build the launcher.", "Orbitra",
     "Kessler Aerospace"),
    ("Skylance is a joint venture of Orbitra and Kessler Aerospace.", "Orbitra", "Kessler Aerospace"),
    ("The Kelso Lab is a joint laboratory of CNES and the University of Kelso.", "CNES", "University of Kelso"),
])
def test_the_owners_a_joint_noun_lists_are_partners(read, text, a, b):
    got = triples(read(text))
    assert (a, "partnerOf", b) in got or (b, "partnerOf", a) in got, sorted(got)


def test_a_joint_ventures_head_heads_the_venture(read):
    got = triples(read("Anna Delacroix has been appointed Chief Executive Officer of Skylance, a joint venture of "
                       "Orbitra and Kessler Aerospace."))
    assert ("Anna Delacroix", "headOf", "Skylance") in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Orbitra will lead the joint venture with its partners.",
    "The joint venture of Orbitra will open in May.",
    "Orbitra and its rivals compete for the joint contract.",
])
def test_one_owner_or_no_phrase_makes_no_partners(read, text):
    got = triples(read(text))
    assert not any(p == "partnerOf" for _, p, _ in got), sorted(got)
