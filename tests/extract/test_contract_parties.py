"""An agreement "signed with X" has X as a party, and the body that does a deed "under" it is the other ("built by
Orvix under a contract signed with the Meridia Space Agency": rules/agreements.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, maker", [
    ("Sentra-2 was built by Orvix Space Systems in Turin under a contract signed with the Meridia Space Agency in "
     "2022.", "Orvix Space Systems"),
    ("Orvix built the Sentra-2 satellite under a contract signed with the Meridia Space Agency in 2022.", "Orvix"),
])
def test_a_contract_signed_with_a_body_under_which_another_builds(read, text, maker):
    got = triples(read(text))
    assert ("contract (2022) [t]", "signatory", "Meridia Space Agency") in got, got
    assert ("contract (2022) [t]", "signatory", maker) in got, got


def test_an_agreement_signed_somewhere_has_no_party_from_that(read):
    got = triples(read("The agreement signed in Paris covers the Sentra-2 satellite."))
    assert not any(p == "signatory" for _, p, _ in got), got


@pytest.mark.parametrize("text, craft, operator", [
    ("After commissioning, the Sentra-2 satellite will be handed over to the weather service IPMA, which will "
     "operate it for at least seven years.", "Sentra-2", "IPMA"),
])
def test_it_after_a_relative_is_not_its_antecedent(read, text, craft, operator):
    """"IPMA, which will operate it": "it" is not IPMA, the relative's subject (antecedents._clause_subject)."""
    got = triples(read(text))
    assert (craft, "operatedBy", operator) in got, got
