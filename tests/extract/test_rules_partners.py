"""rules/partners.py on sentences written for it: partners named by a partner noun, the verb "partner",
and "together with" / "in partnership with" phrases."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _partners(facts, a, b):
    return (a, "partnerOf", b) in facts or (b, "partnerOf", a) in facts


@pytest.mark.parametrize("text, a, b", [
    ("For more than 40 years Canada has been a partner of the European Space Agency.", "Canada", "ESA"),
    ("He became Director of CNRS, which was among the first partners of CNES.", "CNRS", "CNES"),
    ("The Vela Institute becomes an associate partner of the NASA Lunar Science Institute.",
     "Vela Institute", "NASA Lunar Science Institute"),
    ("My thanks go to the Canadian Space Agency and its partner NASA.", "CSA", "NASA"),
])
def test_rules_partners_partner_noun(read, text, a, b):
    facts = triples(read(text))
    assert _partners(facts, a, b), facts


@pytest.mark.parametrize("text, a, b", [
    ("CNES will be partnered by CEA and by CNRS in developing the instruments.", "CNES", "CNRS"),
    ("CNES will be partnered by CEA and by CNRS in developing the instruments.", "CNES", "CEA"),
    ("The images were made public by JAXA, together with the University of Aizu.", "JAXA", "University of Aizu"),
    ("CNES, acting in close partnership with the Ministry of Defence, has decided to study the satellite.",
     "CNES", "Ministry of Defence"),
])
def test_rules_partners_partnered_verb_and_phrases(read, text, a, b):
    facts = triples(read(text))
    assert _partners(facts, a, b), facts


@pytest.mark.parametrize("text", [
    "Anna Quill is a partner of the Vela Institute.",
    "The Vela Institute has been a partner in many missions.",
    "The images were made public by JAXA, a partner in many missions.",
])
def test_rules_partners_not_without_two_organizations_or_a_partner_word(read, text):
    facts = triples(read(text))
    assert not any(p == "partnerOf" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, a, b", [
    ("My thanks go to the Canadian Space Agency and its partner NASA, and to the companies whose work "
     "made it possible.", "CSA", "NASA"),
    ("We thank ISRO and its long-standing partner CNES for their support.", "ISRO", "CNES"),
])
def test_rules_partners_partner_noun_as_compound(read, text, a, b):
    """"its partner NASA", parsed with "partner" as a compound of the name: still a partner."""
    facts = triples(read(text))
    assert _partners(facts, a, b), facts
