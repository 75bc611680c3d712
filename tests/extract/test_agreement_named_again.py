"""A named agreement called again by a class noun of its name, capitalized or not ("the International Charter
Space and Major Disasters ... The Charter was signed by X", "the Kelmar Accord ... The Accord was also signed by
JAXA"), is that agreement (agreement_short_names.py; lexicon DESCRIBED_THINGS "charter", "convention",
"accords"). A class noun no agreement told of before holds names none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

CHARTER = "International Charter Space and Major Disasters"


@pytest.mark.parametrize("text, deal, party", [
    (f"The {CHARTER} was activated in May. The Charter was signed by the Kelmar Space Agency in 2024.",
     CHARTER, "Kelmar Space Agency"),
    (f"The {CHARTER} was activated in May. The charter was signed by the Kelmar Space Agency in 2024.",
     CHARTER, "Kelmar Space Agency"),
    ("ESA and NASA signed the Kelmar Accord in May. The Accord was also signed by JAXA in June.",
     "Kelmar Accord", "JAXA"),
])
def test_the_class_noun_names_the_agreement_again(read, text, deal, party):
    got = triples(read(text))
    assert (deal, "signatory", party) in got, sorted(got)


def test_a_class_noun_no_agreement_holds_names_none(read):
    got = triples(read("ESA and NASA signed the Kelmar Accord in May. The Charter was signed by JAXA in June."))
    assert ("Kelmar Accord", "signatory", "JAXA") not in got, sorted(got)
