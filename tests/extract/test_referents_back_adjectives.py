"""A definite description with a pointing-back adjective or a repeated common noun is the thing told of
before ("the new agreement", "the cooperation agreement"); an ordinal or another noun makes a new one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _agreements(result) -> list[str]:
    return [e.label for e in result.entities.values() if "Agreement" in e.classes]


@pytest.mark.parametrize("text", [
    "ESA signed an agreement with NASA on 4 May. The new agreement covers space weather.",
    "ESA signed a cooperation agreement with NASA on 4 May. The cooperation agreement covers space weather.",
    "ESA and NASA signed a framework agreement on 4 May. The historic agreement covers space weather.",
])
def test_referents_back_adjective_is_the_agreement_before(read, text):
    result = read(text)
    assert len(_agreements(result)) == 1, _agreements(result)
    facts = triples(result)
    signed = {s for s, p, _ in facts if p == "signatory"}
    assert any((s, "topic", "space weather") in facts for s in signed), facts


@pytest.mark.parametrize("text", [
    "ESA signed an agreement with NASA in 2019. The second agreement covers space weather.",
    "ESA signed a cooperation agreement with NASA in 2019. The framework agreement covers space weather.",
])
def test_referents_ordinal_or_other_noun_is_a_new_agreement(read, text):
    result = read(text)
    facts = triples(result)
    signed = {s for s, p, _ in facts if p == "signatory"}
    assert not any((s, "topic", "space weather") in facts for s in signed), facts
