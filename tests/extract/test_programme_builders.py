"""Who builds a mission's craft takes no part in the programme the mission belongs to (infer:providers); who
builds a craft's part still contributes to the craft. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_missions_builder_takes_no_part_in_its_programme(read):
    got = triples(read("The Pelican mission is part of NASA's Lunar Discovery and Exploration Program. The Pelican "
                       "spacecraft was built by Kestrel Orbital Systems."))
    assert ("Pelican", "providedBy", "Kestrel Orbital Systems") in got, got
    assert ("Kestrel Orbital Systems", "contributesTo", "Lunar Discovery and Exploration Program") not in got, got


def test_a_parts_builder_still_contributes_to_the_craft(read):
    got = triples(read("The Lyra camera, built by Orbix, is part of the Vela probe."))
    assert ("Orbix", "contributesTo", "Vela") in got, got
