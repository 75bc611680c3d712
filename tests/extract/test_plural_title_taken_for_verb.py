""""NASA astronauts A and B completed a spacewalk": the small model tags the plural title as the subject's verb
and the names as its object; the clause is the names' (clauses._title_noun), and a name after a body's crew rank
stays a person whatever the clause does with it (ranks.after_body_rank). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _participants(got) -> set[str]:
    return {o for _, p, o in triples(got) if p == "participant"}


@pytest.mark.parametrize("text, people", [
    ("NASA astronauts Rachel Okafor and Daniel Whitcombe completed a spacewalk on 3 May.",
     {"Rachel Okafor", "Daniel Whitcombe"}),
    ("Roscosmos cosmonauts Dmitri Orlov and Yelena Sokolova landed in Kazakhstan on 3 May aboard Soyuz MS-31.",
     {"Dmitri Orlov", "Yelena Sokolova"}),
])
def test_the_names_after_a_plural_title_do_what_the_clause_says(read, text, people):
    got = read(text)
    assert people <= _participants(got), triples(got)
    for p in people:
        assert classes_of(got, p) == {"Person"}, (p, classes_of(got, p))


def test_a_cosmonaut_who_lands_is_no_craft(read):
    got = read("Roscosmos cosmonaut Dmitri Orlov landed in Kazakhstan on 3 May aboard Soyuz MS-31.")
    assert classes_of(got, "Dmitri Orlov") == {"Person"}, classes_of(got, "Dmitri Orlov")
    assert not any(s == "Dmitri Orlov" and p == "operatedBy" for s, p, _ in triples(got)), triples(got)


@pytest.mark.parametrize("text", [
    "The Vela satellites landed in Kazakhstan on 3 May.",
    "The capsule Kestrel landed in Kazakhstan on 3 May.",
])
def test_no_rank_no_person(read, text):
    got = read(text)
    assert not any("Person" in e.classes for e in got.entities.values()), [(e.label, e.classes) for e in
                                                                         got.entities.values()]
