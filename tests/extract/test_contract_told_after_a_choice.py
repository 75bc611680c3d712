"""A contract told by a definite noun in the sentence after a choice ("NASA has selected X to develop a lander. The
contract is valued at $3.4 billion"): the choice's contract, signed by the chooser and the chosen
(rules/selections.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, parties", [
    ("NASA has selected Velkor Aerospace to develop a lunar lander. The contract is valued at $3.4 billion.",
     {"NASA", "Velkor Aerospace"}),
    ("ESA selected Orbenta to build the Tessaly satellite. The firm-fixed price contract is worth €120 million.",
     {"ESA", "Orbenta"}),
])
def test_the_contract_after_a_choice_is_signed_by_both(read, text, parties):
    found = triples(read(text))
    signed = {o for s, p, o in found if p == "signatory"}
    assert parties <= signed, found


def test_a_contract_told_before_is_no_new_one(read):
    found = triples(read("ESA signed a contract with OHB in May. ESA selected Airbus to build the radar. The contract "
                         "is worth €50 million."))
    assert ("Airbus" not in {o for s, p, o in found if p == "signatory"}), found
