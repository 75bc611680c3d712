"""A part that flies along with another on a craft is the craft's too ("the Kestrel camera will fly on the Orla
satellite, together with the Lumen spectrometer": rules/payloads.py), and what a copula sets among a craft's parts
is one of them ("Among the payloads of the Vela probe are the Kestrel camera and the Lumen spectrometer":
rules/aboard.py dep:among-parts). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, whole", [
    ("The Kestrel camera will fly on the Orla satellite, together with the Lumen spectrometer.", "Orla"),
    ("The Kestrel camera will fly on the Orla satellite alongside the Lumen spectrometer.", "Orla"),
    ("Among the payloads of the Vela probe are the Kestrel camera and the Lumen spectrometer.", "Vela"),
])
def test_both_parts_are_the_crafts(read, text, whole):
    got = triples(read(text))
    assert {("Kestrel", "partOf", whole), ("Lumen", "partOf", whole)} <= got, sorted(got)


def test_the_bodies_among_a_missions_partners_are_no_parts(read):
    got = triples(read("Among the partners of the Vela mission are CNES and DLR."))
    assert not any(p == "partOf" and s in ("CNES", "DLR") for s, p, _ in got), sorted(got)
