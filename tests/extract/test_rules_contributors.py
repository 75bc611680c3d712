"""'X is a contributor to Y', 'X, a participant in Y': X contributes to the named craft or mission Y
(dep:partner-in, lexicon CONTRIBUTOR_NOUNS)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, what", [
    ("Italy is the largest contributor to the Lyra mission.", "Italy", "Lyra"),
    ("CSA, a participant in the Vela programme, will build the arm.", "CSA", "Vela"),
    ("ESA is a major contributor to the International Space Station.", "ESA", "International Space Station"),
])
def test_rules_contributors_a_contributor_contributes(read, text, who, what):
    assert (who, "contributesTo", what) in triples(read(text)), triples(read(text))


@pytest.mark.parametrize("text", [
    "OHB is a contributor to ESA.",  # an agency is no craft
    "ESA launched the Lyra mission in May. JAXA becomes a contributor to the mission.",  # not named: unsure
])
def test_rules_contributors_no_named_craft_no_contribution(read, text):
    t = triples(read(text))
    assert not any(p == "contributesTo" and s in ("OHB", "JAXA") for s, p, o in t), t
