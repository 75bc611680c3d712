"""A craft told by its noun is launched as a named one is: "The satellite will be launched in 2029 on a Vega-C
rocket from the Guiana Space Centre" made an event of no class but Event, with neither vehicle nor site, as
frame:launched-from read only craft already named (rules/actions.py). A service launched is no craft.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _launches(got) -> list:
    return [e for e in got.entities.values() if "Launch" in e.classes]


@pytest.mark.parametrize("text", [
    "The satellite will be launched in 2029 on a Vega-C rocket from the Guiana Space Centre.",
    "The two satellites will be launched in 2029 on a Vega-C rocket from the Guiana Space Centre.",
    "The new relay satellite was launched on 4 May 2026 on a Vega-C rocket from the Guiana Space Centre.",
])
def test_a_described_craft_launch_has_its_vehicle_and_site(read, text):
    got = read(text)
    assert _launches(got), labels(got)
    rel = triples(got)
    assert any(p == "launchVehicle" and o == "Vega-C" and s.startswith("launch") for s, p, o in rel), rel
    assert any(p == "launchSite" and o == "Guiana Space Centre" and s.startswith("launch") for s, p, o in rel), rel


def test_a_service_launched_is_no_craft_launch(read):
    got = read("The company launched a new broadband service in 2020.")
    assert not _launches(got), labels(got)
