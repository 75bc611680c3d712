""""CNES and DLR signed the agreement. The former will build the lander": "the former" and "the latter" stand for
the first and the last of the two bodies told of together just before (taking_back.former_or_latter, read by
Context.ref). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("ESA and JAXA met in Paris on 3 March. The latter will provide the Vexar camera for the Orla probe.",
     ("Vexar", "providedBy", "JAXA")),
    ("CNES and DLR signed the agreement. The former will build the Orla lander.", ("Orla", "providedBy", "CNES")),
])
def test_the_former_and_the_latter_are_the_pairs(read, text, fact):
    facts = triples(read(text))
    assert fact in facts, facts


@pytest.mark.parametrize("text", [
    # too far back: the pair was told of two sentences before
    "CNES and DLR signed the agreement. The team met in May. Then the former will build the Orla lander.",
    # three bodies: no pair
    "CNES, DLR and ASI signed the agreement. The former will build the Orla lander.",
])
def test_no_pair_in_view_no_referent(read, text):
    facts = triples(read(text))
    assert not any(p == "providedBy" and s == "Orla" for s, p, o in facts), facts
