"""A subject description or pronoun does not continue a thing told of only in a relative clause ("JAXA, which
operates the GOSAT-GW satellite"): it continues a subject of the two sentences before, else the latest thing
told of otherwise (salience.most_salient). A thing told of plainly last is still the one meant. Sentences written
for these tests."""

from __future__ import annotations

from ..helpers import triples

TOLD = ("The first images from the Tessaro-A mission were released on 15 May 2026. Tessaro data will also be shared "
        "with JAXA, which operates the GOSAT-GW satellite. ")


def test_the_mission_is_not_the_one_told_of_in_passing(read):
    got = triples(read(TOLD + "The mission, funded by the European Union, will operate for seven years."))
    assert ("European Union", "contributesTo", "Tessaro-A") in got, sorted(got)
    assert ("European Union", "contributesTo", "GOSAT-GW") not in got, sorted(got)


def test_the_mission_told_of_plainly_last_is_meant(read):
    got = triples(read("The first images from the Tessaro-A mission were released on 15 May 2026. JAXA operates the "
                       "GOSAT-GW satellite. The mission, funded by the Japanese government, will operate for seven "
                       "years."))
    assert ("Japanese government", "contributesTo", "GOSAT-GW") in got, sorted(got)
