"""A rocket that placed a craft into orbit "after lifting off" on a day: the lift-off is the craft's launch
(rules/launchers.py, frame:carry-payload; session 36). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, rocket", [
    ("The Orvo-7 rocket placed the Kelda-2 satellite into orbit after lifting off from Kourou on 9 January 2026.",
     "Kelda-2", "Orvo-7"),
    ("A Vega-C rocket put the Lyra satellite into a polar orbit following its lift-off from Kourou on 3 May 2027.",
     "Lyra", "Vega-C"),
    ("A Vega-C rocket delivered the Lyra satellite into orbit after lifting off on 3 May 2027.", "Lyra", "Vega-C"),
])
def test_the_craft_placed_took_part_in_the_lift_off(read, text, craft, rocket):
    got = triples(read(text))
    launches = {s for s, p, o in got if p == "launchVehicle" and o == rocket and s.startswith("launch")}
    assert launches and any((ev, "participant", craft) in got for ev in launches), got
    assert (craft, "launchVehicle", rocket) in got
