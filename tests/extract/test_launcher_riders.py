"""Two classes of launch wording, on sentences written for this test:

- "the Vega-C rocket with the Kite satellite aboard lifted off", "the H3 Launch Vehicle No. 7 with X on board was
  launched": the craft on board goes up on the launcher, and the launch carries it (frame:launch-vehicle);
- a numbered launcher flight ("the Tarvos Launch Vehicle No. 3") is a launch vehicle, by the class noun before
  "No." (head_nouns.head_noun_class).
"""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, rocket", [
    ("The Vega-C rocket with the Kite satellite aboard lifted off from Kourou on 2 February 2026.", "Kite", "Vega-C"),
    ("The Tarvos Launch Vehicle No. 3 with the Orla-2 satellite on board was launched on 2 February 2026.", "Orla-2",
     "Tarvos Launch Vehicle No. 3"),
])
def test_the_craft_on_board_goes_up_on_the_launcher(read, text, craft, rocket):
    got = {(s.split(" (")[0], p, o) for s, p, o in triples(read(text))}
    assert {(craft, "launchVehicle", rocket), ("launch", "participant", craft)} <= got, got


def test_a_launcher_with_a_part_carries_no_craft(read):
    got = triples(read("The Vega-C rocket with a new engine lifted off from Kourou on 2 February 2026."))
    assert not any(p == "participant" for _, p, _ in got), got


def test_a_numbered_launcher_flight_is_a_launch_vehicle(read):
    assert classes_of(read("The Tarvos Launch Vehicle No. 3 lifted off on 2 February 2026."),
                      "Tarvos Launch Vehicle No. 3") == {"LaunchVehicle"}
