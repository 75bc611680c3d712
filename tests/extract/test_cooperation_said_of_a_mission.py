"""A mission said to be a cooperation between bodies, by a copula, an apposition, or the noun whose "of" the
cooperation is ("Orla, a mission of international collaboration between CNES and ISRO"): each body contributes to
it. An agreement said so is no mission. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, mission, bodies", [
    ("Solar Orbiter is a collaboration between ESA and NASA.", "Solar Orbiter", {"ESA", "NASA"}),
    ("Orla, a mission of international collaboration between CNES and ISRO, was launched in 2021.", "Orla",
     {"CNES", "ISRO"}),
    ("Kestrel-5, a cooperation between DLR and CNES, will fly in 2028.", "Kestrel-5", {"DLR", "CNES"}),
])
def test_a_mission_that_is_a_cooperation(read, text, mission, bodies):
    found = triples(read(text))
    assert bodies <= {s for s, p, o in found if p == "contributesTo" and o == mission}, sorted(found)


def test_an_agreement_that_is_a_cooperation(read):
    found = triples(read("The agreement, a cooperation between DLR and CNES, covers Mars."))
    assert not any(p == "contributesTo" for _, p, _ in found), sorted(found)
