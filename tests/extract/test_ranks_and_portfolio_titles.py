"""Titles the model read into a body's name, on sentences written for these tests (session 37): a capitalized rank
that opens a person's name ("Astronaut Lea Moreau": ranks.ranked_people) and a state's title with its portfolio
("Federal Minister for Research, Technology and Space": titled_people.title_for)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, person", [
    ("Astronaut Sophie Adenot returned to Earth on 4 October 2026.", "Sophie Adenot"),
    ("Astronaut Lea Moreau landed in Kazakhstan on 4 October 2026.", "Lea Moreau"),
])
def test_a_rank_that_opens_a_name_is_no_part_of_it(read, text, person):
    x = read(text, date=dt.date(2026, 10, 5))
    people = [e for e in x.entities.values() if "Person" in e.classes]
    assert [e.label for e in people] == [person], labels(x)
    assert all(not e.label.startswith("Astronaut") for e in x.entities.values()), labels(x)


def test_a_rank_before_a_class_noun_names_a_place(read):
    assert "Astronaut Training Centre" in labels(read("The Astronaut Training Centre opened in Cologne."))


@pytest.mark.parametrize("text", [
    "The meeting was chaired by Germany's Federal Minister for Research, Technology and Space, Dorothee Bär.",
    "The meeting was chaired by the Federal Minister for Research, Dorothee Bär.",
])
def test_a_federal_title_and_its_portfolio_is_no_body(read, text):
    x = read(text)
    assert not any("Minister" in e.label for e in x.entities.values()), labels(x)
    assert any(p == "participant" and o == "Dorothee Bär" for s, p, o in triples(x))


def test_a_federal_ministry_is_a_body(read):
    x = read("The Federal Ministry for Economic Affairs signed the agreement.")
    assert "Federal Ministry for Economic Affairs" in labels(x)
