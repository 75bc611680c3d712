"""'No. N' after a known craft's name names another craft of its series ("Michibiki No. 7"); after a launcher's
it numbers a flight of the same launcher ("H-IIA No. 47"). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_a_numbered_craft_is_a_new_member(read):
    got = read("JAXA launched the Quasi-Zenith Satellite Michibiki No. 7 on 2 February 2025.")
    assert "Michibiki No. 7" in labels(got), labels(got)


def test_a_numbered_flight_is_the_launcher(read):
    got = read("The H-IIA No. 47 launched XRISM on 7 September 2023.")
    assert ("XRISM", "launchVehicle", "H-IIA") in triples(got), triples(got)
