"""A governing body that appoints an executive (rules/posts.py frame:appoint, body_names.owners_of_bodies,
described_names.given_a_post; lexicon GOVERNING_BODIES, ELECTED_ONLY_TITLES, ELECT_VERBS): the person heads
the organization the body governs, even one the knowledge base does not know, and is a person however the
model typed the name; a chair, or a president the body elects, stays the body's. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, person, org", [
    ("The Board of Directors of Nordavia Space appointed Karin Holm as its new Chief Executive on 3 March.",
     "Karin Holm", "Nordavia Space"),
    ("The Supervisory Board of Kestrel Orbital named Pavel Novak as its new President.", "Pavel Novak",
     "Kestrel Orbital"),
    ("The Council of the Baltic Space Agency appointed Ieva Ozola as Director General.", "Ieva Ozola",
     "Baltic Space Agency"),
    ("The Governing Board of the Andes Space Institute appointed Lucia Ferro as Executive Director.",
     "Lucia Ferro", "Andes Space Institute"),
    ("The Korvan Space Agency's board appointed Jonas Pereira as President.", "Jonas Pereira",
     "Korvan Space Agency"),
    ("The Board of Orla Space Systems appointed Lena Varga as Chief Executive, effective 1 July.", "Lena Varga",
     "Orla Space Systems"),
])
def test_the_appointed_executive_heads_the_governed_organization(read, text, person, org):
    got = read(text)
    t = triples(got)
    assert (person, "headOf", org) in t, sorted(t)
    assert not [x for x in t if x[0] == person and x[1] == "headOf" and x[2] != org], sorted(t)
    assert classes_of(got, person) == {"Person"}, classes_of(got, person)


def test_the_board_and_its_organization_are_two(read):
    got = read("The Board of Directors of Nordavia Space appointed Karin Holm as its new Chief Executive.")
    assert {"Board of Directors of Nordavia Space", "Nordavia Space"} <= labels(got), labels(got)


@pytest.mark.parametrize("text, person, body", [
    ("The Council of the Baltic Space Agency elected Ieva Ozola as its President.", "Ieva Ozola",
     "Council of the Baltic Space Agency"),
    ("The Board of Directors of Nordavia Space appointed Karin Holm as its Chair.", "Karin Holm",
     "Board of Directors of Nordavia Space"),
])
def test_a_chair_or_an_elected_president_heads_the_body(read, text, person, body):
    t = triples(read(text))
    assert (person, "headOf", body) in t, sorted(t)


@pytest.mark.parametrize("text", [
    "The Board of Directors of Nordavia Space appointed Orbitec as prime contractor for the Vela satellite.",
    "The Korvan Space Agency's board approved the budget for 2027.",
])
def test_no_post_no_head(read, text):
    got = read(text)
    assert not [x for x in triples(got) if x[1] == "headOf"], sorted(triples(got))
    assert not [e for e in got.entities.values() if "Person" in e.classes], labels(got)
