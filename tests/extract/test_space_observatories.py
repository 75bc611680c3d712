"""A solar or space observatory is a satellite, an observatory alone an institute (lexicon HEAD_CLASSES), and a
coronagraph is an instrument. Sentences written for these tests (notes w25)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The eruption was first seen by the Halo-2 solar observatory, a joint mission of VSA and NASA.", "Halo-2"),
    ("The Kelmar space observatory was launched in 2024 from Kourou.", "Kelmar"),
])
def test_a_solar_or_space_observatory_is_a_satellite(read, text, name):
    classes = classes_of(read(text), name)
    assert "Satellite" in classes and not classes & {"ResearchInstitute", "Facility"}, classes


def test_an_observatory_on_the_ground_stays_an_institute(read):
    ext = read("The Harlan Observatory studies comets from its site near Tucson.")
    assert "Satellite" not in classes_of(ext, "Harlan Observatory"), classes_of(ext, "Harlan Observatory")


def test_a_coronagraph_is_an_instrument_of_its_craft(read):
    got = triples(read("The Halo-2 solar observatory has watched the Sun since 2021. Its coronagraph, built by the "
                       "Naval Research Laboratory in Washington, tracked the cloud."))
    assert ("coronagraph of Halo-2 [t]", "partOf", "Halo-2") in got, got


def test_a_craft_watches_its_target_as_an_activity(read):
    """"has watched the Sun since 2021" (lexicon STUDY_VERBS, ONGOING_VERBS gain watch): a target, no event."""
    ext = read("The Halo-2 solar observatory has watched the Sun from the L1 point since 2021.")
    assert ("Halo-2", "target", "Sun") in triples(ext), triples(ext)
    assert not any("Event" in e.classes for e in ext.entities.values()), triples(ext)
