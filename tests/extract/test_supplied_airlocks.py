"""An airlock supplied for a station is a thing of its own, made and launched (lexicon DESCRIBED_THINGS); an airlock a
craft docks at stands for the station it is of (referents._docked_at, rules/docking_ports.py). Sentences written for
these tests."""

from __future__ import annotations

from ..helpers import triples


def test_an_airlock_supplied_for_a_station_is_a_part_with_its_makers(read):
    got = triples(read("The Mohammed Bin Rashid Space Centre will provide the airlock for NASA's Gateway lunar space "
                       "station. The airlock, built with Thales Alenia Space, will be launched in 2030."))
    airlocks = {s for s, p, o in got if p == "partOf" and o == "Lunar Gateway" and s.startswith("airlock")}
    assert len(airlocks) == 1, got
    (airlock,) = airlocks
    assert (airlock, "providedBy", "MBRSC") in got and (airlock, "providedBy", "Thales Alenia Space") in got, got
    assert ("Lunar Gateway", "providedBy", "Thales Alenia Space") not in got, got


def test_an_airlock_docked_at_is_the_station(read):
    got = triples(read("The Gateway station will orbit the Moon. The Crew Dragon docked at the station's airlock on "
                       "3 May 2025."))
    assert not any(s.startswith("airlock") or o.startswith("airlock") for s, _, o in got), got
