"""A part told of with its owner's possessive and a compound noun ("the Vela mission's laser altimeter"): the
parser hangs the owner on the compound ("laser"), which is neither the part nor in its label
(rules/anaphora.its_part, referents._np_span). On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, part, whole, maker", [
    ("CSA will supply the Kite mission's laser altimeter.", "laser altimeter of Kite", "Kite", "CSA"),
    ("Orvik Space built the Vela probe's infrared camera.", "infrared camera of Vela", "Vela", "Orvik Space"),
])
def test_the_owners_compound_part_is_the_head_noun(read, text, part, whole, maker):
    got = {(s.split(" [")[0], p, o.split(" [")[0]) for s, p, o in triples(read(text))}
    assert (part, "partOf", whole) in got and (part, "providedBy", maker) in got, got


def test_an_unknown_owner_stays_out_of_the_parts_label(read):
    got = labels(read("The Canadian Space Agency will supply the mission's laser altimeter."))
    assert any(x.startswith("laser altimeter") for x in got) and not any("mission's" in x for x in got), got
