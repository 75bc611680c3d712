""""On the sidelines of the IAC, the heads of eleven space agencies adopted a joint statement on climate monitoring":
a joint text of parties the clause does not name is an agreement all the same, about its phrase's field and adopted at
the event its occasion phrase names (rules/declarations._unnamed_issuers). One body's statement, or a statement no
word makes joint, stays none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, deal, topic", [
    ("On the sidelines of the International Astronautical Congress in Antalya, the heads of eleven space agencies "
     "adopted a joint statement on climate monitoring from space.", "joint statement", "climate monitoring"),
    ("The ministers adopted a joint declaration on space debris during the summit.", "joint declaration",
     "space debris"),
])
def test_a_joint_text_of_unnamed_parties_is_an_agreement(read, text, deal, topic):
    got = read(text)
    assert any(e.label.startswith(deal) and "Agreement" in e.classes for e in got.entities.values()), triples(got)
    assert any(s.startswith(deal) and p == "topic" and o == topic for s, p, o in triples(got)), triples(got)


def test_it_was_adopted_at_the_occasion(read):
    got = triples(read("On the sidelines of the International Astronautical Congress in Antalya, the heads of eleven "
                       "space agencies adopted a joint statement on climate monitoring from space."))
    assert any(s.startswith("joint statement") and p == "signedAt" and o == "International Astronautical Congress"
               for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The ministers issued a statement on the budget.",
    "The agency issued a statement on the failure.",
])
def test_a_statement_no_word_makes_joint_is_none(read, text):
    got = read(text)
    assert not any("Agreement" in e.classes for e in got.entities.values()), triples(got)
