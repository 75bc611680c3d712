""""Its launch", "its landing": what owns a craft's event is a craft, not the body told of last ("The first
satellite of the series will be Aurora-1, a small radar satellite developed by VSA. Its launch is planned for
2027": Aurora-1's; antecedents.py). "Its headquarters" stays a body's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("The first satellite of the series will be Aurora-1, a small radar satellite developed by VSA. Its launch is "
     "planned for 2027 on a Vega-C rocket.", "Aurora-1"),
    ("ESA signed a contract with Orbix Aerospace for the Kelvo satellite. Its launch is planned for 2027.", "Kelvo"),
    ("The Brenna lander was built by the Kelmar Institute. Its landing on the Moon is planned for 2028.", "Brenna"),
])
def test_its_craft_event_is_a_crafts(read, text, craft):
    got = triples(read(text))
    assert any(s.startswith(("launch", "landing")) and p == "participant" and o == craft for s, p, o in got), got
