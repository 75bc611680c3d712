"""A name set after "the first X of Y," names X (session 24, title_appositions.ranked_appositions): "Poland's first
satellite of the series, Orsa-4, was launched" (parsed with Orsa-4 an apposition of "series"); and "Agency Head A"
is the head of the release's own agency, not of the agency told of last (context.definite, bare). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_the_first_satellite_of_a_series_is_the_one_named(read):
    got = triples(read("Norland's first satellite of the series, Orsa-4, was launched on 10 March.", date=_DAY))
    assert any(s.startswith("launch") and p == "participant" and o == "Orsa-4" for s, p, o in got), got
    assert not any(o.startswith("first satellite") for s, p, o in got), got


def test_the_first_scientific_satellite_of_a_generation(read):
    got = triples(read("Norland's first scientific satellite of the new generation, KORA-2, was launched on 8 March "
                       "aboard a Falcon 9 rocket.", date=_DAY))
    assert ("KORA-2", "launchVehicle", "Falcon 9") in got, got


def test_the_launch_of_a_satellite_keeps_the_name_on_the_satellite(read):
    got = triples(read("The launch of the satellite, Orsa-5, took place on 3 March.", date=_DAY))
    assert any(s.startswith("launch") and p == "participant" and o == "Orsa-5" for s, p, o in got), got


def test_agency_head_is_the_releases_own_agencys(read):
    doc = read("The Orvik Space Agency and the Vela Space Agency signed an agreement. The agreement was signed in "
               "Lund on 3 March by Agency Head Ana Lind and VSA Administrator Jon Berg.", date=_DAY,
               publisher="Orvik Space Agency")
    got = triples(doc)
    assert ("Ana Lind", "headOf", "Orvik Space Agency") in got, got
    assert ("Ana Lind", "headOf", "Vela Space Agency") not in got, got
