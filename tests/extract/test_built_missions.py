"""A mission that is built (by hand and tools: lexicon ``HANDS_ON_MAKING_VERBS``) is its craft too, and its builder
provides it (rules/actions.py, frame:build-provider; session 36): "Sentinel-9 is a joint mission of ESA and
EUMETSAT, built by a consortium led by Thales Alenia Space". A mission developed, or one the knowledge base
knows, is still one its developers contribute to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, builder", [
    ("Sentinel-9 is a joint mission of ESA and EUMETSAT, built by a consortium led by Thales Alenia Space.",
     "Sentinel-9", "Thales Alenia Space"),
    ("The Aquila mission was built by OHB in Bremen.", "Aquila", "OHB"),
    ("Orbix assembled the Kelda mission in its clean room in Turin.", "Kelda", "Orbix"),
])
def test_a_mission_built_is_a_craft_its_builder_provides(read, text, craft, builder):
    got = read(text)
    assert (craft, "providedBy", builder) in triples(got)
    assert "Spacecraft" in classes_of(got, craft) or classes_of(got, craft) & {"Satellite", "Probe"}


@pytest.mark.parametrize("text, body, mission", [
    ("ASI and DLR will develop the Aquila mission.", "ASI", "Aquila"),
    ("ESA and NASA are building the Mars Sample Return mission.", "ESA", "Mars Sample Return"),
])
def test_a_mission_developed_or_known_is_contributed_to(read, text, body, mission):
    got = triples(read(text))
    assert (body, "contributesTo", mission) in got and not any(p == "providedBy" for _, p, _ in got), got
