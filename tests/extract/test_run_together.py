"""Who runs a craft beside the subject ("which NASA operates together with ESA", "ESA operates X together with
DLR") runs it too; a plain "with" phrase names a means or a place as often as a body and adds no operator
("operates the Vela probe with its ground station"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, operators", [
    ("The Orla satellite, which NASA operates together with ESA, carries a radar.", "Orla", {"NASA", "ESA"}),
    ("The Kelmar Space Agency operates the Tessa-3 satellite together with EUMETSAT.", "Tessa-3",
     {"Kelmar Space Agency", "EUMETSAT"}),
])
def test_operators_together(read, text, craft, operators):
    found = triples(read(text))
    assert operators <= {o for s, p, o in found if p == "operatedBy" and s == craft}, sorted(found)


def test_a_plain_with_adds_no_operator(read):
    found = triples(read("NASA operates the Vela probe with its Deep Space Network."))
    assert {o for s, p, o in found if p == "operatedBy" and s == "Vela"} == {"NASA"}, sorted(found)
