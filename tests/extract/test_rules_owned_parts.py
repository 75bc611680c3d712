"""A named part a craft owns ("the orbiter's Zephyr camera", "the Gateway's Canadarm3 robotic arm") is part of
it, and no second, unnamed part is made beside it (wholes.owned_part; anaphora.its_part leaves named parts).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, whole", [
    ("The Vela orbiter reached Mars. The orbiter's Zephyr camera took the image.", "Zephyr", "Vela"),
    ("The Gateway's Canadarm3 robotic arm will be provided by Canada.", "Canadarm3", "Lunar Gateway"),
    ("Hayabusa2's MASCOT lander touched down on Ryugu.", "MASCOT", "Hayabusa2"),
])
def test_a_named_part_of_a_craft(read, text, part, whole):
    got = read(text)
    assert (part, "partOf", whole) in triples(got), sorted(triples(got))
    unnamed = [e.label for e in got.entities.values() if not e.named and e.label not in (part, whole)
               and any(r.subject == e.key and r.predicate == "partOf" for r in got.relations)]
    assert not unnamed, unnamed


def test_an_agency_owns_no_part(read):
    got = triples(read("ESA's Hera mission will visit Didymos."))
    assert not [x for x in got if x[1] == "partOf"], sorted(got)
