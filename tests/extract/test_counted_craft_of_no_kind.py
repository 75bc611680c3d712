""""Both satellites", "the two satellites" stand for the two craft told of just before even when nothing said
which kind of craft they were ("Helion-25 and Helion-26 were launched on 2 February 2026 ... Both satellites
were built by X"): antecedents.counted wanted craft already typed as satellites. Missions are not so taken.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Helion-25 and Helion-26 were launched on 2 February 2026 on an Ariane 6 rocket. Both satellites were built by "
    "Orbital Dynamics Systems in Bremen.",
    "Helion-25 and Helion-26, the latest members of the constellation, were launched on 2 February 2026. The two "
    "satellites were built by Orbital Dynamics Systems.",
])
def test_counted_satellites_are_the_craft_told_of(read, text):
    got = triples(read(text))
    for c in ("Helion-25", "Helion-26"):
        assert (c, "providedBy", "Orbital Dynamics Systems") in got, got


def test_missions_are_not_counted_satellites(read):
    got = triples(read("The Vela and Lyra missions were approved in 2020. Both satellites were built by Orbital "
                       "Dynamics Systems."))
    assert not any(s in ("Vela", "Lyra") and p == "providedBy" for s, p, o in got), got
