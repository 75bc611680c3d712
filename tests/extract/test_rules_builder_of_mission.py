"""rules/builders.py, dep:builder-of on sentences written for it: the builder of a mission that is no
craft contributes to it (providedBy is of crafts, instruments and launchers only)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, mission", [
    ("Airbus is the prime contractor for the LISA mission.", "Airbus", "LISA"),
    ("Nova GmbH has been selected by ESA as prime contractor for the Vela mission.", "Nova GmbH", "Vela"),
    ("OHB, the main contractor for the Vela mission, hired new staff.", "OHB", "Vela"),
])
def test_builder_of_a_mission_contributes_to_it(read, text, who, mission):
    got = triples(read(text))
    assert (who, "contributesTo", mission) in got, got
    assert not any(s == mission and p == "providedBy" for s, p, _ in got), got


def test_builder_of_a_satellite_still_provides_it(read):
    got = triples(read("Airbus is the prime contractor for the Kestrel satellite."))
    assert ("Kestrel", "providedBy", "Airbus") in got, got
