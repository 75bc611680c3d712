"""Samples a craft brought back, told in a phrase before the main verb: "samples returned by the X probe were
delivered to Y" (rules/materials.py, seq:returned-by), "samples from asteroid X" however the parser takes
"asteroid" (rules/actions.py, dep:sample-source); and the craft of such a phrase is no agent of the main verb
(frames.py: a passive conjunct's subject). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _sample_facts(got: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """(craft, "returned", "sample") and ("sample", "sampleFrom", body), the sample's label left out."""
    out = set()
    for s, p, o in got:
        if p == "returned":
            out.add((s, p, "sample"))
        elif p == "sampleFrom":
            out.add(("sample", p, o))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Samples returned by the Orpheus probe were delivered to the Tarsis Space Agency on 18 November 2025.",
     {("Orpheus", "returned", "sample")}),
    ("The regolith brought back by the Lyra capsule will be curated in Sagamihara.",
     {("Lyra", "returned", "sample")}),
    ("Rocks from the Moon returned by the Chang'e 5 lander are on display in Beijing.",
     {("Chang'e 5", "returned", "sample"), ("sample", "sampleFrom", "Moon")}),
    ("Samples from asteroid Vesta were delivered to the Tarsis Space Agency on 18 November 2025.",
     {("sample", "sampleFrom", "Vesta")}),
    ("Samples from asteroid Vesta returned by the Orpheus probe were delivered to NASA on 18 November 2025.",
     {("Orpheus", "returned", "sample"), ("sample", "sampleFrom", "Vesta")}),
])
def test_what_a_craft_brought_back(read, text, expected):
    got = triples(read(text))
    assert expected <= _sample_facts(got), sorted(got)


@pytest.mark.parametrize("text", [
    "The samples were returned by courier to the laboratory.",
    "The documents returned by the Orpheus team were signed.",
])
def test_no_craft_no_return(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "returned"], sorted(got)


def test_the_craft_that_returned_them_is_not_delivered(read):
    got = triples(read("Samples from asteroid Vesta returned by the Orpheus probe were delivered to the Tarsis "
                       "Space Agency on 18 November 2025."))
    assert ("Orpheus", "deliveredTo", "Tarsis Space Agency") not in got, sorted(got)
    assert not [x for x in got if x[0].startswith("deliver") and x[2] == "Orpheus"], sorted(got)
