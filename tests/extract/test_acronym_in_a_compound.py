"""A title-case word hyphened to the next one ("Near-Earth") is the first half of a compound, not a knowledge-base
acronym written only in capitals (NEAR, the NEAR Shoemaker probe); the acronym written in capitals, or an agency
acronym written in lower case standing alone ("Nasa"), still names it (gazetteer.Gazetteer.find). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text", [
    "NASA's Near-Earth Object Observations Program funds the survey.",
    "The Near-Earth Object Coordination Centre tracks asteroids.",
    "Near-Earth objects are tracked by ESA.",
    "NASA funds the Near-Earth Object Surveyor mission.",
])
def test_near_earth_is_no_near_shoemaker(read, text):
    got = read(text)
    assert "NEAR Shoemaker" not in labels(got), labels(got)


@pytest.mark.parametrize("text, name", [
    ("The NEAR probe landed on Eros in 2001.", "NEAR Shoemaker"),
    ("Nasa and Esa signed an agreement.", "NASA"),
])
def test_the_acronym_alone_still_names(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)
