"""A plural class noun with "the" and nothing that says which ("The satellites will be assembled by X") stands for
every named thing of its class told of in the nearest sentence, as "the two satellites" does
(Antecedents.counted). On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, maker", [
    ("ESA will build two satellites, Kite-1 and Kite-2. The satellites will be assembled by Orbix Space in Turin.",
     ("Kite-1", "Kite-2"), "Orbix Space"),
    ("Kestrel-1 and Kestrel-2 were launched on 3 May 2025. The satellites were built by Vexa Aerospace.",
     ("Kestrel-1", "Kestrel-2"), "Vexa Aerospace"),
])
def test_the_plural_noun_takes_back_every_craft_told_of(read, text, craft, maker):
    got = triples(read(text))
    assert all((c, "providedBy", maker) in got for c in craft), got


def test_a_plural_noun_that_says_which_takes_back_none(read):
    got = triples(read("ESA will build Kite-1 and Kite-2. The satellites of the Orla constellation were built by "
                       "Vexa Aerospace."))
    assert not any(s in ("Kite-1", "Kite-2") and o == "Vexa Aerospace" for s, _, o in got), got
