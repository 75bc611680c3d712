"""A name written before "flight" (a mission's noun) and, in the same release, before a launcher's noun is a
launcher ("The second Orsa flight failed in February. The Orsa rocket is built by Veltra Aerospace."; rule
type:launcher-by-noun): its flights are launches on it, and its maker provides it. A name written before
"mission" or a craft's noun as well stays what it was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def test_a_flight_name_that_is_also_a_rocket_is_a_launcher(read):
    x = read("The second Orsa flight failed in February. The Orsa rocket is built by Veltra Aerospace.")
    assert classes_of(x, "Orsa") == {"LaunchVehicle"}, classes_of(x, "Orsa")
    assert ("Orsa", "providedBy", "Veltra Aerospace") in triples(x), triples(x)


@pytest.mark.parametrize("text", [
    "The Orsa flight carried three astronauts to the Meridian Station. The Orsa mission lasted ten days.",
    "The Orsa flight carried the Lumo-2 satellite. The Orsa satellite was built by Veltra Aerospace.",
])
def test_a_flight_name_also_said_of_a_mission_or_craft_stays(read, text):
    assert "LaunchVehicle" not in classes_of(read(text), "Orsa"), classes_of(read(text), "Orsa")
