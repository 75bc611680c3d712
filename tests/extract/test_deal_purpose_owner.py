"""possessors._deal_signer_verb: "its" in what a deal is for ("X signed an agreement with Y to launch its
satellite", "X signed a contract with Y to build its satellite") is the signer's, not the provider's named just
before. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, owner, provider", [
    ("Orvik Space has signed a launch services agreement with Arianespace to launch its Halo-2 satellite on a "
     "Vega-C rocket in 2027.", "Halo-2", "Orvik Space", "Arianespace"),
    ("Orvik Space signed a contract with Vexa Aerospace to build its Halo-3 satellite.", "Halo-3", "Orvik Space",
     "Vexa Aerospace"),
])
def test_its_in_a_deals_purpose_is_the_signers(read, text, craft, owner, provider):
    got = triples(read(text))
    assert (craft, "operatedBy", owner) in got and (craft, "operatedBy", provider) not in got, got
