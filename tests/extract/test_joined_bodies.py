""""Representatives of Canada and the United States met": a country or body the parser coordinated with a plural
noun of people is the conjunct of the name in the people's "of"/"from" phrase, so both take part
(extract/joined_bodies.py). A person's name joined to the people stays a subject of its own. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, a, b", [
    ("Representatives of Canada and the United States met in Ottawa on 3 May.", "Canada", "United States"),
    ("Delegates of Japan and the United Kingdom met in London on 4 May to discuss space debris.", "Japan",
     "United Kingdom"),
])
def test_both_bodies_of_the_people_take_part(read, text, a, b):
    parts = {o for s, p, o in triples(read(text)) if p == "participant"}
    assert {a, b} <= parts, parts


def test_a_person_joined_to_the_people_stays_apart(read):
    parts = {o for s, p, o in triples(read("Officials of ESA and Dr Anna Berg met in Bonn on 3 May.")) if p ==
             "participant"}
    assert {"ESA", "Anna Berg"} <= parts, parts


@pytest.mark.parametrize("text, bodies", [
    ("Meeting in Vienna on 12 February, the heads of the Kelmar Space Agency, the Orsian Space Agency and the "
     "Valdoria Space Authority signed a memorandum of understanding.",
     {"Kelmar Space Agency", "Orsian Space Agency", "Valdoria Space Authority"}),
    ("The leaders of the Kelmar Space Agency, the Orsian Space Agency and the Valdoria Space Authority met in "
     "Vienna on 12 February.", {"Kelmar Space Agency", "Orsian Space Agency", "Valdoria Space Authority"}),
])
def test_a_list_of_bodies_after_the_people_takes_part_whole(read, text, bodies):
    parts = {o for s, p, o in triples(read(text)) if p == "participant"}
    assert bodies <= parts, parts
