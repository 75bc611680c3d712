"""An agreement named with "of" ("a letter of intent between A and B", "a memorandum of understanding between ...")
has the parties of its "of" noun's phrases, and people it is "between" sign it with their bodies, who alone are
partners (rules/agreements.py); a plan dated ("X, planned for 2027") is no deed (rules/dated_deeds.py, lexicon
SCHEDULE_VERBS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, signers", [
    ("They witnessed the signing of a letter of intent between the Velorian Space Agency and the Korvan Space "
     "Agency.", {"Velorian Space Agency", "Korvan Space Agency"}),
    ("The leaders witnessed the signing of a memorandum of understanding between CNES President Philippe Baptiste "
     "and ISRO Chairman V. Narayanan on human spaceflight.", {"Philippe Baptiste", "V. Narayanan", "CNES", "ISRO"}),
])
def test_the_parties_an_of_agreement_is_between(read, text, signers):
    found = triples(read(text))
    assert signers <= {o for s, p, o in found if p == "signatory"}, found
    assert not any(p == "partnerOf" and "Baptiste" in s + o for s, p, o in found), found


@pytest.mark.parametrize("text", [
    "The leaders welcomed the launch of the Tessaly satellite, developed jointly by CNES and ISRO, planned for 2027.",
    "The Kelvo lander, scheduled for 2029, will study the south pole.",
])
def test_a_dated_plan_is_no_event(read, text):
    assert not any(w.split(" ")[0] in ("plan", "schedule") for w in labels(read(text)))
