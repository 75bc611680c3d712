"""Who gives the backing a backing noun names in its "from" phrase funds through it: "funded by a grant from the
Ministry of Industry", "received a grant of 5 million euros from X" (rules/suppliers.given_by, rules/funding.py;
lexicon BACKING_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Kestrel mission is funded by ESA and by a grant from the Ministry of Industry.",
    "The Kestrel mission is funded by a grant from the Ministry of Industry.",
    "The Kestrel mission received a grant of 5 million euros from the Ministry of Industry.",
])
def test_the_giver_of_a_grant_contributes(read, text):
    found = triples(read(text))
    assert ("Ministry of Industry", "contributesTo", "Kestrel") in found, found


def test_a_sum_from_elsewhere_is_no_backing(read):
    found = triples(read("The Kestrel mission is funded by ESA with parts from the Ministry of Industry."))
    assert ("Ministry of Industry", "contributesTo", "Kestrel") not in found, found



def test_who_implements_a_mission_contributes_to_it(read):
    # (lexicon SUPPLY_VERBS gains "implement")
    found = triples(read("The Kestrel mission is implemented by Thales Alenia Space on behalf of ESA."))
    assert ("Thales Alenia Space", "contributesTo", "Kestrel") in found, found
