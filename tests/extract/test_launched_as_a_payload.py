"""A craft launched "as a (secondary, rideshare) payload on" a rocket is a craft, not an instrument, and the
rocket and the site are its launch's (doing._launched_payload; rules/launchers.py and actions.py read the
phrases the parser hangs on the "as" noun). A sensor flown as a hosted payload on a satellite stays an
instrument. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, rocket", [
    ("Vela-1 will be launched as a secondary payload on a Falcon 9 rocket from Vandenberg in 2025.", "Vela-1",
     "Falcon 9"),
    ("The Vela-1 CubeSat will be launched as a rideshare payload on a Falcon 9 rocket in 2025.", "Vela-1",
     "Falcon 9"),
    ("Nova-3 was launched as an auxiliary payload on a Vega-C rocket on 3 May 2024.", "Nova-3", "Vega-C"),
])
def test_a_craft_launched_as_a_payload_is_a_craft_on_its_rocket(read, text, craft, rocket):
    got = read(text)
    assert (craft, "launchVehicle", rocket) in triples(got), triples(got)
    assert "Instrument" not in classes_of(got, craft), classes_of(got, craft)


def test_the_site_hung_on_the_rocket_is_the_launch_site(read):
    got = triples(read("Vela-1 will be launched as a secondary payload on a Falcon 9 rocket from Vandenberg in "
                       "2025."))
    assert ("Vela-1", "launchSite", "Vandenberg Space Force Base") in got, got


@pytest.mark.parametrize("text, name", [
    ("CNES will fly the CLIMA-H sensor as a hosted payload on the Ardent-7 satellite.", "CLIMA-H"),
    ("The Marlin terminal was selected as a payload aboard the Orbis-3 satellite.", "Marlin"),
])
def test_a_payload_on_a_satellite_stays_an_instrument(read, text, name):
    got = read(text)
    assert "Instrument" in classes_of(got, name), classes_of(got, name)
