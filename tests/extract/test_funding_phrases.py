"""Who pays contributes to what is paid for, however the funding is told: "with funding from A" (lexicon
BACKING_NOUNS, rules/roles.py), "is co-funded by A" (a hyphened participle the parser reads as an adjective,
clauses.participle_taken_for_adjective), "received funding from A (for X)" (rules/funding.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, funders, goal", [
    ("Atlantis Rockets developed the Vireo launcher with funding from the Korvan Space Agency and ESA.",
     ["Korvan Space Agency", "ESA"], "Vireo"),
    ("The Vela mission, built with financing from the Korvan Space Agency, will launch in May.",
     ["Korvan Space Agency"], "Vela"),
    ("The Vela mission is co-funded by ESA and the Korvan Space Agency.", ["ESA", "Korvan Space Agency"], "Vela"),
    ("The Vireo satellite was co-financed by the Korvan Space Agency.", ["Korvan Space Agency"], "Vireo"),
    ("The Orla Institute received funding from the Korvan Space Agency for the Vireo mission.",
     ["Korvan Space Agency"], "Vireo"),
    ("The Vireo mission received 3 million euros in funding from the Korvan Space Agency.",
     ["Korvan Space Agency"], "Vireo"),
    ("The Vela satellite has secured a grant from the Korvan Space Agency and ESA.",
     ["Korvan Space Agency", "ESA"], "Vela"),
])
def test_a_funder_contributes_to_what_it_funds(read, text, funders, goal):
    got = triples(read(text))
    for who in funders:
        assert (who, "contributesTo", goal) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Orla Institute received funding from the Korvan Space Agency.",  # for nothing named
    "The Vela mission received praise from the Korvan Space Agency.",  # no backing noun
    "The Vela mission is well-known in Norway.",
])
def test_no_funder_without_backing_for_a_named_thing(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "contributesTo"], sorted(got)
