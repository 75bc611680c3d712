"""A singular noun of several members lists them as a plural noun does ("the Ax-4 crew, including A, B and C, docked
with the station"), also where the parser hung the later items on the noun as an apposition (groups.listed_members,
lexicon MEMBER_GROUP_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, people", [
    ("The Kelvo-4 crew, including ISRO astronaut Anil Rao, Polish astronaut Piotr Nowak and Hungarian astronaut "
     "Tibor Kapu, docked with the International Space Station on 26 June.", {"Anil Rao", "Piotr Nowak", "Tibor Kapu"}),
    ("The crew, including NASA astronaut Mara Lind and ESA astronaut Piet Holm, landed in Kazakhstan on 3 May.",
     {"Mara Lind", "Piet Holm"}),
])
def test_every_member_listed_takes_part(read, text, people):
    found = triples(read(text))
    assert people <= {o for s, p, o in found if p == "participant"}, found
