"""A named mission a participle of launching is set beside ("The Ondra mission, launched in 2019, has been
extended until 2030") takes part in the launch, and is its craft too (a launch's participant is a craft, as
frame:occurrence reads a mission launched). A mission only planned, with no date or site, makes no launch event.
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_the_mission_launched_takes_part_in_the_launch(read):
    got = read("The Ondra mission, launched in 2019, has been extended until 2030.")
    assert any(p == "participant" and o == "Ondra" and s.startswith("launch") for s, p, o in triples(got)), \
        sorted(triples(got))
    assert {"Mission", "Spacecraft"} <= classes_of(got, "Ondra")


def test_a_mission_not_yet_launched_has_no_launch_event(read):
    got = triples(read("The Ondra mission, to be launched on a Vega-C rocket, will study the oceans."))
    assert not any(p == "participant" and o == "Ondra" for s, p, o in got), sorted(got)
