"""frame:launch-vehicle on sentences written for it: the rocket a craft is launched on, in several wordings."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, rocket", [
    ("The Zephyr satellite was launched on an Ariane 5 rocket.", "Zephyr", "Ariane 5"),
    ("A Falcon 9 rocket launched the Aurora probe last week.", "Aurora", "Falcon 9"),
    ("The Helios orbiter lifted off aboard a Soyuz launcher.", "Helios", "Soyuz"),
    ("ESA launched the Vela mission on a Vega-C rocket.", "Vela", "Vega-C"),
    ("The Nova spacecraft will be launched by an H3 rocket in 2026.", "Nova", "H3"),
])
def test_rules_launch_vehicle_wordings(read, text, craft, rocket):
    facts = triples(read(text))
    assert any(s == craft and p == "launchVehicle" and o.startswith(rocket) for s, p, o in facts), facts


def test_rules_launch_vehicle_also_on_the_dated_launch(read):
    result = read("The Orion lander was launched on an H3 rocket on 3 March 2024.")
    launches = [e for e in result.entities.values() if "Launch" in e.classes]
    assert launches and any(r.subject == launches[0].key and r.predicate == "launchVehicle"
                            for r in result.relations)


def test_rules_launch_vehicle_not_for_an_agency(read):
    """"launched by ESA": an agency is no rocket."""
    facts = triples(read("The Vela mission was launched by ESA in 2020."))
    assert not any(p == "launchVehicle" for _, p, _ in facts), facts
