""""NASA will host the data at the Alaska Satellite Facility", "the centre hosts the mission's archive", "the
station will host two new antennas": what a body or a site hosts for others (data, an archive, antennas,
software: lexicon HOSTED_THING_NOUNS) is kept, no guest; no meeting (frame:occurrence). Hosting a delegation
or a minister is still a meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _meetings(got) -> list[str]:
    return [e.label for e in got.entities.values() if "Meeting" in e.classes]


@pytest.mark.parametrize("text", [
    "NASA will host the data at the Alaska Satellite Facility.",
    "EUMETSAT will host the processing software in Darmstadt.",
    "The Kestovian Space Agency will host a copy of the Sentinel-2 archive in Dravna.",
    "The Dravna data centre hosted the archive of the Aurelis mission in 2025.",
    "EUMETSAT hosts the processing software at its Darmstadt headquarters.",
])
def test_hosting_things_is_no_meeting(read, text):
    got = read(text)
    assert not _meetings(got), sorted(labels(got))


@pytest.mark.parametrize("text, guest", [
    ("ESA hosted the Kestovian delegation in Darmstadt in May.", "ESA"),
    ("CNES hosted Minister Ana Ruiz in Toulouse on 4 May.", "Ana Ruiz"),
])
def test_hosting_guests_is_still_a_meeting(read, text, guest):
    got = read(text)
    assert _meetings(got), sorted(labels(got))
    assert any(p == "participant" and o == guest for s, p, o in triples(got)), sorted(triples(got))
