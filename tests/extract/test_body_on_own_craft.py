"""A body adjective on one craft noun targets that phrase's craft only: "the Tessaly lunar lander and the
Aurelia satellites" makes Tessaly, not Aurelia, a craft for the Moon; names sharing the noun share it ("the
Tessaly and Aurelia lunar landers"). dep:body-on-craft, rules/inferences.py. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The station will track the Tessaly lunar lander and the Aurelia Earth observation satellites.",
    "The station will track the Tessaly lunar lander and the Aurelia satellites.",
])
def test_a_coordinated_phrase_of_its_own_is_no_target(read, text):
    found = triples(read(text))
    assert ("Tessaly", "target", "Moon") in found, sorted(found)
    assert ("Aurelia", "target", "Moon") not in found, sorted(found)


def test_names_that_share_the_noun_share_the_target(read):
    found = triples(read("The station will track the Tessaly and Aurelia lunar landers."))
    assert {("Tessaly", "target", "Moon"), ("Aurelia", "target", "Moon")} <= found, sorted(found)
