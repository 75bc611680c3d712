""""The launch of X from Y": a facility is the launch site; a town, a region or a country is where the
launch was (pk:launchSite ranges over facilities), also when the parser hangs "from" on the craft
(rules/occurrences.py, dep:occurrence-noun and frame:occurrence)."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _launch(got, prop, place):
    return any(s.startswith("launch") and p == prop and o == place for s, p, o in triples(got))


@pytest.mark.parametrize("text, place", [
    ("The launch of Terrasat-3 from French Guiana is planned for May 2026.", "French Guiana"),
    ("The launch of Oceanis-4 from Sriharikota is scheduled for 2027.", "Sriharikota"),
    ("The launch of the Pelion-2 satellite from Kazakhstan took place on 3 June 2025.", "Kazakhstan"),
])
def test_launch_from_a_place_is_located_there(read, text, place):
    got = read(text)
    assert _launch(got, "locatedIn", place), triples(got)
    assert not _launch(got, "launchSite", place), triples(got)


def test_launch_from_a_facility_keeps_its_site(read):
    got = read("The launch of Kestra-8 from the Guiana Space Centre is planned for April.")
    assert _launch(got, "launchSite", "Guiana Space Centre"), triples(got)


def test_satellite_from_a_company_is_no_launch_place(read):
    got = read("The launch of the Pelion-2 satellite from Orbivex Aerospace took place on 3 June 2025.")
    assert not any(s.startswith("launch") and p in ("locatedIn", "launchSite") for s, p, _ in triples(got)), \
        triples(got)
