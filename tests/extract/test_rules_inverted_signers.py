"""frame:signatory with the signers after the verb ("Putting their names to the accord were A and B",
"Signing for the Vela Space Agency was C"), on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "ESA and the Vela Space Agency signed an agreement on the Kestrel mission today. Putting their names to this "
    "milestone were Anna Lind, Director of ESA, and Karl Berg, head of the Vela Space Agency.",
    "ESA and the Vela Space Agency signed an agreement on the Kestrel mission today. Putting their signatures to the "
    "document were Anna Lind and Karl Berg.",
])
def test_inverted_signers_sign_the_agreement_in_view(read, text):
    result = read(text, date=dt.date(2024, 5, 3))
    facts = triples(result)
    signed = {o for s, p, o in facts if p == "signatory" and s.startswith("agreement")}
    assert {"Anna Lind", "Karl Berg"} <= signed, facts


def test_inverted_signer_after_a_copula(read):
    result = read("ESA and NASA signed an agreement on the Kestrel mission today. Signing for NASA was Anna Lind.",
                  date=dt.date(2024, 5, 3))
    assert any(p == "signatory" and o == "Anna Lind" for s, p, o in triples(result)), triples(result)


def test_inverted_signers_need_an_agreement_in_view(read):
    """Names put to a letter, with no agreement told before: nobody signs anything."""
    result = read("The Kestrel team met in Oslo. Putting their names to the letter were Anna Lind and Karl Berg.",
                  date=dt.date(2024, 5, 3))
    assert not any(p == "signatory" for _, p, _ in triples(result)), triples(result)
