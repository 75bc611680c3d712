"""A thing hosted on a craft is carried, not a gathering: "Hosting the sensor on a commercial satellite cuts
the cost, CNES said", "The company previously hosted a German instrument, the DLR-built TERRA-X radiometer, on
its Ardent-5 satellite" made a meeting (the occurrence verb "host", lexicon HOUSING_VERBS, reads as a
meeting's). An object that is an instrument or a craft, by name or by noun, makes none (rules/occurrences.py);
a hosted meeting or a hosted guest stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _meetings(got) -> list:
    return [e for e in got.entities.values() if "Meeting" in e.classes]


@pytest.mark.parametrize("text", [
    "Hosting the sensor on a commercial satellite cuts the cost of the mission, CNES said.",
    "The company previously hosted a German instrument, the DLR-built TERRA-X radiometer, on its Ardent-5 "
    "satellite.",
    "In 2025 Ardent Telecom hosted the Marlin payload on its Ardent-5 satellite.",
])
def test_a_hosted_thing_makes_no_meeting(read, text):
    got = read(text)
    assert not _meetings(got), labels(got)


def test_the_hosted_thing_is_part_of_the_craft(read):
    got = triples(read("In 2025 Ardent Telecom hosted the Marlin payload on its Ardent-5 satellite."))
    assert ("Marlin", "partOf", "Ardent-5") in got, got


@pytest.mark.parametrize("text", [
    "CNES hosted a meeting with JAXA in Toulouse on 4 May 2025.",
    "CNES hosted JAXA in Toulouse on 4 May 2025.",
])
def test_a_hosted_meeting_or_guest_is_still_a_meeting(read, text):
    got = read(text)
    assert _meetings(got), labels(got)
