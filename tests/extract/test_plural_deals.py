"""Several deals with several parties are one deal with each ("ESA signed contracts with Airbus and OHB",
"ESA's agreements with Japan and India"): each party is the signer's partner, the parties are not each other's
(rules/gatherings.py frame:signatory, rules/agreements.py). One deal with two parties still binds all three.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _pairs(got):
    return {frozenset((s, o)) for s, p, o in triples(got) if p == "partnerOf"}


@pytest.mark.parametrize("text, signer, parties", [
    ("ESA signed contracts with Airbus and Thales Alenia Space for the Vela mission.", "ESA",
     ("Airbus", "Thales Alenia Space")),
    ("ESA has signed two contracts, with Airbus and with OHB.", "ESA", ("Airbus", "OHB")),
    ("ESA's agreements with Japan and India were renewed in 2025.", "ESA", ("Japan", "India")),
])
def test_each_party_is_the_signers_partner_only(read, text, signer, parties):
    pairs = _pairs(read(text))
    a, b = parties
    assert frozenset((signer, a)) in pairs and frozenset((signer, b)) in pairs, pairs
    assert frozenset((a, b)) not in pairs, pairs


def test_one_deal_binds_every_party(read):
    pairs = _pairs(read("CNES signed a contract with Airbus and OHB."))
    assert frozenset(("Airbus", "OHB")) in pairs, pairs
