"""Who came along takes part: "visited X, accompanied by Y", "He was joined by Y" (rules/companions.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _participants(result) -> set[str]:
    ents = result.entities
    return {ents[r.object].label for r in result.relations if r.predicate == "participant"}


@pytest.mark.parametrize("text, companions", [
    ("ESA Director General Josef Aschbacher visited Kourou on 3 May 2024, accompanied by CNES President "
     "Philippe Baptiste.", {"Philippe Baptiste"}),
    ("Minister for Space Andrew Griffith visited the spaceport on 20 January 2025. He was joined by the agency's "
     "chief executive, Paul Bate.", {"Paul Bate"}),
    ("Josef Aschbacher toured ESTEC on 3 May 2024. He was joined by Philippe Baptiste and Anke Lind.",
     {"Philippe Baptiste", "Anke Lind"}),
])
def test_companions_take_part(read, text, companions):
    got = read(text)
    assert companions <= _participants(got), triples(got)


def test_joining_a_body_is_no_company(read):
    got = read("Josef Aschbacher toured ESTEC on 3 May 2024. Anna Lind joined ESA in 2009.")
    assert "Anna Lind" not in _participants(got), triples(got)
