"""seq:part-aboard on sentences written for it: a part right before "aboard"/"carried on" a craft."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, whole", [
    ("Images taken by the Zephyr Camera (ZC) carried on the Vela lander were released by JAXA.", "Zephyr Camera",
     "Vela"),
    ("Kestrel, the camera on board the Zephyr lander, took images.", "camera", "Zephyr"),
    ("The magnetometer carried aboard the Vela orbiter measured the field.", "magnetometer", "Vela"),
])
def test_rules_aboard_part_of_craft(read, text, part, whole):
    facts = triples(read(text))
    assert any(s.startswith(part) and p == "partOf" and o == whole for s, p, o in facts), facts


def test_rules_aboard_not_a_launch_vehicle(read):
    """"launched aboard an Ariane 5": a rocket carries no part."""
    facts = triples(read("The Vela orbiter was launched aboard an Ariane 5 rocket."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


def test_rules_aboard_bare_on_is_no_marker(read):
    """"data on Mars" puts nothing aboard anything."""
    facts = triples(read("The Zephyr camera sent new data on the Vela orbiter to NASA."))
    assert not any(p == "partOf" for _, p, _ in facts), facts
