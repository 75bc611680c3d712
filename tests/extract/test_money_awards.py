"""Money given for a craft: who gives it contributes to the craft, who gets it builds it ("The UK Space Agency
awarded £5 million to Orbex to develop the Prime rocket", "Orbex received £5 million from the agency for the Prime
rocket", "DLR granted funding to OHB to build X", "ESA gave 2 million euros to Y to develop Z": rules/awards.py
frame:money-award, lexicon MONEY_NOUNS; the one given money carries out the purpose clause: lexicon ENTRUST_VERBS);
a contract stays an agreement, and money given for nothing named contributes to nothing. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, giver, maker, craft", [
    ("The UK Space Agency awarded £5 million to Orbex to develop the Prime rocket.", "UK Space Agency", "Orbex",
     "Prime"),
    ("DLR granted funding to OHB to build the Orla-4 satellite.", "DLR", "OHB", "Orla-4"),
    ("ESA gave 2 million euros to Kelmar Space to develop the Vireo rocket.", "ESA", "Kelmar Space", "Vireo"),
])
def test_who_gives_money_for_a_craft_contributes_and_who_gets_it_builds(read, text, giver, maker, craft):
    got = triples(read(text))
    assert (giver, "contributesTo", craft) in got, sorted(got)
    assert (craft, "providedBy", maker) in got and (craft, "providedBy", giver) not in got, sorted(got)


def test_money_received_for_a_craft(read):
    got = triples(read("Orbex received £5 million from the UK Space Agency for the Prime rocket."))
    assert ("UK Space Agency", "contributesTo", "Prime") in got, sorted(got)


def test_no_money_contribution_without_a_craft(read):
    got = triples(read("The UK Space Agency awarded £5 million to Orbex."))
    assert not any(p == "contributesTo" for _, p, _ in got), sorted(got)


def test_a_contract_worth_an_amount_stays_an_agreement(read):
    """The contract is signed by both and is about the craft, as the same contract told without its amount is (its
    signers' stake in the craft is the agreement's, infer:agreement-stake); the amount makes no money award."""
    with_amount = triples(read("ESA has awarded OHB a contract worth 120 million euros to build the Orla-4 satellite."))
    without = triples(read("ESA has awarded OHB a contract to build the Orla-4 satellite."))
    assert {("contract [t]", "signatory", "ESA"), ("contract [t]", "signatory", "OHB"),
            ("contract [t]", "topic", "Orla-4"), ("Orla-4", "providedBy", "OHB")} <= with_amount, sorted(with_amount)
    assert with_amount == without, sorted(with_amount ^ without)
