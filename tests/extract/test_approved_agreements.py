""""The Council of the Velorian Space Agency approved an agreement with ISRO": a governing council or board that
approves an agreement with another party acts for its body; the body and the party sign it and are partners
(rules/approvals.py, lexicon APPROVE_VERBS, GOVERNING_NOUNS). The council's body is the one its name or its owner
names; with no approver named ("Also approved was ..."), the council told of just before. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _partners(got):
    return {frozenset((s, o)) for s, p, o in triples(got) if p == "partnerOf"}


@pytest.mark.parametrize("text, body, other", [
    ("The Council of the Velorian Space Agency approved an agreement with the Indian Space Research Organisation.",
     "Velorian Space Agency", "ISRO"),
    ("ESA's Council approved an arrangement under which cooperation with EUMETSAT will continue.", "ESA",
     "EUMETSAT"),
    ("The board of the Tessarine Space Agency approved a framework agreement with CNES on 4 May.",
     "Tessarine Space Agency", "CNES"),
    ("The ESA Council met in Paris on 3 June. Also approved was a new agreement, valid for ten years, with the "
     "Korea Aerospace Research Institute.", "ESA", "KARI"),
])
def test_a_council_approving_an_agreement_makes_its_body_a_partner(read, text, body, other):
    got = read(text)
    assert frozenset((body, other)) in _partners(got), triples(got)
    signed = {o for s, p, o in triples(got) if p == "signatory"}
    assert {body, other} <= signed, triples(got)


@pytest.mark.parametrize("text", [
    "The Velorian Space Agency Council approved a new cooperation agreement with JAXA.",  # its body is not read
    "The ministry approved the budget for 2026.",
    "The Council approved the agreement.",
])
def test_no_partners_without_both_sides(read, text):
    assert not _partners(read(text))
