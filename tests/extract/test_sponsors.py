""""The Orbit CubeSat Challenge is sponsored by Orbix Space", "the ministry sponsored the Tessaly satellite": who
sponsors an event, a mission or a craft contributes to it, as who funds it does (lexicon SUPPLY_VERBS gains "sponsor",
one of FUND_VERBS: no provider). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, what", [
    ("The Orbit CubeSat Challenge is sponsored by Orbix Space.", "Orbix Space", "Orbit CubeSat Challenge"),
    ("The Velorian Ministry of Education sponsored the Tessaly satellite.", "Velorian Ministry of Education",
     "Tessaly"),
])
def test_a_sponsor_contributes(read, text, who, what):
    got = triples(read(text))
    assert (who, "contributesTo", what) in got, got
    assert not any(p == "providedBy" for _, p, _ in got), got
