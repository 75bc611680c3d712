"""A name set beside a noun of cooperation ("Orla, a partnership between ESA and JAXA,"): the noun says how the
parties work together, not what the name is (names.context_class, described_names.described_class), so the name is
typed by what it does ("will launch": a craft), and the parties contribute to it; no agreement anyone signed. On
sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "Orla, a partnership between ESA and JAXA, will launch in 2030.",
    "Kite, a collaboration between ESA and JAXA, was launched on 3 May 2026.",
])
def test_a_name_beside_a_partnership_is_what_it_does(read, text):
    result = read(text)
    name = text.split(",")[0]
    assert "Agreement" not in classes_of(result, name), [(e.label, e.classes) for e in result.entities.values()]
    got = triples(result)
    assert {("ESA", "contributesTo", name), ("JAXA", "contributesTo", name)} <= got, got
    assert not any(p == "signatory" for _, p, _ in got), got
