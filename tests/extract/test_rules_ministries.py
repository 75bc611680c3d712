"""Whose ministry a minister's title names (rules/ministries.py), on sentences written for these tests."""

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, country", [
    ("The accord was signed in the presence of the Chilean Minister of Energy, Rosa Vidal.", "Chile"),
    ("Rosa Vidal, Chile's Minister of Energy, visited ESTEC on 3 May.", "Chile"),
    ("The Minister of Energy of Chile, Rosa Vidal, visited ESTEC on 3 May.", "Chile"),
])
def test_rules_ministries_the_title_says_whose(read, text, country):
    assert ("Ministry of Energy", "country", country) in triples(read(text))


def test_rules_ministries_a_bare_title_says_nothing(read):
    t = triples(read("Rosa Vidal, Minister of Energy, visited ESTEC on 3 May."))
    assert not any(s == "Ministry of Energy" and p == "country" for s, p, _ in t)
