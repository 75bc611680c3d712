"""The craft of a body's fleet are run by it (lexicon FLEET_NOUNS; rules/fleets.py): "Astrelis-4 joins Astrelis-2
and Astrelis-3 in the operator's fleet", "Astrelis SA operates a fleet of five satellites, including Astrelis-2
and Astrelis-3" gave no operator. A fleet whose owner is not said gives nothing. Sentences written for these
tests. "The operator's fleet" is the fleet of the body the text called an operator, not the nearest body's.
"""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, crafts", [
    ("Satellite operator Astrelis SA launched a satellite. Astrelis-4 joins Astrelis-2 and Astrelis-3 in the "
     "operator's fleet.", ("Astrelis-4", "Astrelis-2", "Astrelis-3")),
    ("Satellite operator Astrelis SA ordered a satellite for the Portuguese Space Agency. Astrelis-4 joins "
     "Astrelis-2 and Astrelis-3 in the operator's fleet.", ("Astrelis-4", "Astrelis-2", "Astrelis-3")),
    ("Astrelis-4 will join Astrelis SA's fleet of six satellites.", ("Astrelis-4",)),
    ("Astrelis-4 will join the fleet of Astrelis SA.", ("Astrelis-4",)),
    ("Astrelis SA's fleet includes the Astrelis-2 and Astrelis-3 satellites.", ("Astrelis-2", "Astrelis-3")),
    ("Astrelis SA operates a fleet of five satellites, including Astrelis-2 and Astrelis-3.",
     ("Astrelis-2", "Astrelis-3")),
])
def test_the_craft_of_a_bodys_fleet_are_run_by_it(read, text, crafts):
    got = triples(read(text))
    for c in crafts:
        assert (c, "operatedBy", "Astrelis SA") in got, got


def test_the_operator_is_the_body_called_so_not_the_nearest(read):
    got = triples(read("Satellite operator Astrelis SA ordered a satellite for the Portuguese Space Agency. "
                       "Astrelis-4 joins Astrelis-2 and Astrelis-3 in the operator's fleet."))
    assert not any(p == "operatedBy" and o == "Portugal Space" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The fleet grew to six satellites with the Astrelis-4 satellite.",
    "Astrelis SA launched a satellite. Astrelis-4 joins Astrelis-2 in the operator's fleet.",  # no one so called
    "Astrelis-4 joins Astrelis-2 and Astrelis-3 in the fleet.",
])
def test_a_fleet_without_an_owner_gives_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for s, p, o in got), got
