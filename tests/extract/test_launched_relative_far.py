"""A relative clause of launching that the parser hung on the nearest noun, no craft ("SMILE, a mission to study the
solar wind and the magnetosphere, which will be launched in 2026"), tells of the craft whose phrase holds it, and a
mission launched so is its craft (rules/actions.py, frame:launched-from). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("The agencies reviewed the Kelvo mission, a joint mission to study the solar wind and the Earth's "
     "magnetosphere, which will be launched in 2027 on a Vega-C rocket.", "Kelvo"),
    ("ESA presented the Tessaly mission, a probe to map the ice of Europa and its ocean, which will be launched "
     "in 2031.", "Tessaly"),
])
def test_the_launched_craft_is_the_one_whose_phrase_holds_the_clause(read, text, craft):
    found = triples(read(text))
    assert any(s.startswith("launch") and p == "participant" and o == craft for s, p, o in found), found


def test_a_launch_clause_on_a_craft_is_unchanged(read):
    found = triples(read("ESA presented the Tessaly satellite, which will be launched in 2031."))
    assert any(s.startswith("launch") and p == "participant" and o == "Tessaly" for s, p, o in found), found
