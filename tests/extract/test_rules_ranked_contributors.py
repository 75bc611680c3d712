"""dep:ranked-contributors: the others a ranking of contributors names are contributors too."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, goal", [
    ("Germany is the largest contributor to the Tavi mission, followed by France and Italy.",
     ("Germany", "France", "Italy"), "Tavi"),
    ("Italy is the second largest contributor to the Nova programme, after Germany.", ("Italy", "Germany"), "Nova"),
    ("Austria remains the main contributor to the Pella satellite, behind only Denmark.", ("Austria", "Denmark"),
     "Pella"),
])
def test_rules_ranked_contributors_all_contribute(read, text, who, goal):
    t = triples(read(text))
    assert {(w, "contributesTo", goal) for w in who} <= t, t


@pytest.mark.parametrize("text", [
    "Sweden became a contributor to the Tavi mission after a long debate with Norway.",
    "Germany is the largest contributor, followed by France and Italy.",
])
def test_rules_ranked_contributors_no_ranking_or_no_goal(read, text):
    t = triples(read(text))
    assert not any(s in ("Norway", "France", "Italy") and p == "contributesTo" for s, p, o in t), t
