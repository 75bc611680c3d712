"""What a programme gathers (rules/programmes.py): money a body puts into a mission ("Italy pledged 900 million
euros to the Argonaut programme") makes it a contributor; a craft that belongs to a programme ("belongs to",
"falls under") is part of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, payer, goal", [
    ("Italy pledged 900 million euros to the Argonaut programme.", "Italy", "Argonaut"),
    ("Norway committed 40 million euros to the Kestrel mission.", "Norway", "Kestrel"),
    ("Spain invested 120 million euros in the Orlan lander.", "Spain", "Orlan"),
    ("Poland subscribed 80 million euros to the Vigil mission at the council in Seville.", "Poland", "Vigil"),
    ("The Vela Space Agency will allocate 25 million euros to the Tamarind probe.", "Vela Space Agency", "Tamarind"),
])
def test_money_put_into_a_mission_contributes(read, text, payer, goal):
    got = read(text)
    assert (payer, "contributesTo", goal) in triples(got), triples(got)


@pytest.mark.parametrize("text, part, whole", [
    ("The Orlan lander belongs to the Lunar Horizon programme.", "Orlan", "Lunar Horizon"),
    ("The Vigil satellite falls under the Copernicus programme.", "Vigil", "Copernicus"),
    ("Launched in 2023, the Kestrel probe belongs to the Selene Frontier programme of the Vela Space Agency.",
     "Kestrel", "Selene Frontier"),
])
def test_a_craft_that_belongs_to_a_programme_is_part_of_it(read, text, part, whole):
    got = read(text)
    assert (part, "partOf", whole) in triples(got), triples(got)


def test_a_person_who_pledges_contributes_nothing_and_a_body_is_no_part(read):
    got = triples(read("Minister Ana Ruiz pledged support to the Argonaut programme. The Orlan lander belongs to "
                       "the Vela Space Agency."))
    assert not any(p == "contributesTo" and s == "Ana Ruiz" for s, p, _ in got), got
    assert not any(p == "partOf" and s == "Orlan" for s, p, _ in got), got
