"""referents.counted on sentences written for it: "two agreements", "a pair of agreements", "the Hera and MMX
agreements" are sets of agreements, each signed on its own, not one agreement; who signs them are partners."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _agreements(result) -> set[str]:
    return {e.label for e in result.entities.values() if "Agreement" in e.classes}


@pytest.mark.parametrize("text, partners", [
    ("ESA and NASA signed three agreements in Washington on 4 May.", ("ESA", "NASA")),
    ("Two agreements were signed by CNES and DLR in Bonn.", ("CNES", "DLR")),
])
def test_a_set_of_agreements_is_no_agreement_but_makes_partners(read, text, partners):
    result = read(text)
    facts = triples(result)
    assert not _agreements(result), facts
    assert not any(p == "signatory" for _, p, _ in facts), facts
    a, b = partners
    assert (a, "partnerOf", b) in facts or (b, "partnerOf", a) in facts, facts


@pytest.mark.parametrize("text, label", [
    ("ESA and NASA signed an agreement in Washington on 4 May.", "agreement"),
    ("ESA and NASA signed agreements on the Kestrel mission and the Vela probe.", "agreements"),  # not counted
    ("The agreements on the Kestrel mission were signed by ESA and NASA.", "agreements"),
])
def test_one_agreement_or_uncounted_agreements_stay(read, text, label):
    result = read(text)
    assert any(x.startswith(label) for x in _agreements(result)), triples(result)
    assert any(p == "signatory" for _, p, _ in triples(result))


def test_a_set_of_named_agreements_is_each_agreement(read):
    result = read("KARI and ASI concluded the Lyra and Vela cooperation agreements on Monday.")
    facts = triples(result)
    assert _agreements(result) == {"Lyra", "Vela"}, facts
    assert {("Lyra", "signatory", "KARI"), ("Vela", "signatory", "ASI")} <= facts, facts
