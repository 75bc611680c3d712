""""Its members include ESA, NASA and JAXA" (its: the Charter), "Signatories of the Accords include Japan and
Italy": the bodies an agreement's plural party noun lists (lexicon LISTING_VERBS) are its parties, its
signatories (rules/joined_agreements.py). A body's members listed are members, no signatories. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

CHARTER = "International Charter Space and Major Disasters"


@pytest.mark.parametrize("text, deal, parties", [
    (f"The {CHARTER} was activated in May. Its members include ESA, NASA and JAXA.", CHARTER,
     ("ESA", "NASA", "JAXA")),
    (f"The {CHARTER} was activated in May. Members of the Charter include ESA and JAXA.", CHARTER, ("ESA", "JAXA")),
    ("The Artemis Accords were signed in 2020. Signatories of the Accords include Japan and Italy.", "Artemis Accords",
     ("Japan", "Italy")),
])
def test_the_listed_members_of_an_agreement_are_its_signatories(read, text, deal, parties):
    got = triples(read(text))
    for p in parties:
        assert (deal, "signatory", p) in got, sorted(got)


def test_the_listed_members_of_a_body_sign_nothing(read):
    got = triples(read("ESA has 22 member states. Its members include France and Germany."))
    assert not any(p == "signatory" for s, p, o in got), sorted(got)
