"""Signers named by their posts in a list, each post with its holder's name set off by commas, which the
parser bends: the name hung on another noun of the clause, the next post joined to the first one's name or to
its body. Each named holder heads the body of the post, each signs, and a post with no name signs for its body.
A post only a whole body has ("Chair", "President", "Director General") names a body with its "of", however
short the name; the post itself ("the Executive Board Chair") is no body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, heads, signers", [
    ("The agreement was signed in Bonn by the Executive Board Chair of the Vela Space Agency, Anke Lindqvist, "
     "and the Administrator of Norvane Space, Tomas Berg.",
     {("Anke Lindqvist", "Vela Space Agency"), ("Tomas Berg", "Norvane Space")},
     {"Anke Lindqvist", "Tomas Berg", "Vela Space Agency", "Norvane Space"}),
    ("The memorandum was signed in Oslo by the Board Chair of Orbix, Lena Marsh, and the Director General of the "
     "Nordavia Space Agency, Ivo Stark.",
     {("Ivo Stark", "Nordavia Space Agency")}, {"Lena Marsh", "Ivo Stark", "Orbix"}),
    ("The President of Kelvar Space, Mara Holt, and the Chair of Orbiteka signed the contract.",
     {("Mara Holt", "Kelvar Space")}, {"Mara Holt", "Kelvar Space", "Orbiteka"}),
    ("The Deputy Director General of ESA, Tim Ranger, and the Board Chair of Orbix signed the contract.",
     set(), {"Tim Ranger", "ESA", "Orbix"}),
])
def test_titled_signers_listed(read, text, heads, signers):
    found = triples(read(text))
    assert heads <= {(s, o) for s, p, o in found if p == "headOf"}, sorted(found)
    assert signers <= {o for _, p, o in found if p == "signatory"}, sorted(found)
    assert not any(p == "signatory" and "Chair" in o for _, p, o in found), sorted(found)


@pytest.mark.parametrize("text, body, post", [
    ("The Board Chair of Orbix, Lena Marsh, opened the meeting.", "Orbix", "Board Chair"),
    ("The Executive Board Chair of DLR, Anke Lindqvist, opened the meeting.", "DLR", "Executive Board Chair"),
    ("The Chair of Orbiteka welcomed the decision.", "Orbiteka", "Chair of Orbiteka"),
])
def test_a_whole_body_post_names_its_body(read, text, body, post):
    x = read(text)
    assert body in labels(x) and not any(post in label for label in labels(x)), sorted(labels(x))


@pytest.mark.parametrize("text, field", [
    ("The Director of Earth Observation, Ana Ruiz, opened the meeting.", "Earth Observation"),
    ("The Head of Science, Ana Ruiz, opened the meeting.", "Science"),
])
def test_a_units_post_names_no_body(read, text, field):
    found = triples(read(text))
    assert not any(p in ("headOf", "memberOf") and o == field for _, p, o in found), sorted(found)
