"""A craft's team and the bodies its people come from ("the rover's science team includes researchers from A and
from B", rules/consortia.py): each body contributes to the craft. A team of no craft tells of no partnership.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, bodies, craft", [
    ("The Tessera rover's science team includes researchers from the Orla Institute and from DLR.",
     ["Orla Institute", "DLR"], "Tessera"),
    ("The science team of the Tessera mission includes scientists from the Orla Institute and DLR.",
     ["Orla Institute", "DLR"], "Tessera"),
    ("The Tessera rover's team includes engineers from DLR.", ["DLR"], "Tessera"),
])
def test_the_bodies_of_a_craft_team_contribute_to_it(read, text, bodies, craft):
    got = triples(read(text))
    for b in bodies:
        assert (b, "contributesTo", craft) in got, sorted(got)


def test_a_research_team_of_no_craft_makes_no_partners(read):
    got = triples(read("The research team included scientists from the University of Bergen and the Orla "
                       "Institute."))
    assert not [x for x in got if x[1] in ("partnerOf", "contributesTo")], sorted(got)
