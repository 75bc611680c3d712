"""A craft's commissioning, told by its noun, is a campaign as its in-orbit testing is (lexicon occurrences.toml
OCCURRENCE_NOUNS): "the Helion-25 satellite completed its in-orbit commissioning on 20 March 2026" is a dated
campaign the craft took part in; it was read as nothing. A body that "commissioned a study" orders it: no
campaign. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _campaigns(got) -> list:
    return [e for e in got.entities.values() if "Campaign" in e.classes]


@pytest.mark.parametrize("text", [
    "The Helion-25 satellite completed its in-orbit commissioning on 20 March 2026.",
    "The commissioning of the Helion-25 satellite was completed on 20 March 2026.",
])
def test_a_dated_commissioning_is_a_campaign_of_the_craft(read, text):
    got = read(text)
    assert _campaigns(got), labels(got)
    assert any(p == "participant" and o == "Helion-25" for s, p, o in triples(got)), triples(got)
    assert any(str(d.value) == "2026-03-20" for d in got.dates), got.dates


def test_a_commissioning_that_ended_is_a_campaign(read):
    got = read("The commissioning of Orbis-3 ended on 3 May 2026.")
    assert _campaigns(got), labels(got)


@pytest.mark.parametrize("text", [
    "ESA commissioned a study on the Orbis mission.",
    "The agency commissioned Vexel Space to build the satellite.",
])
def test_commissioning_a_work_is_no_campaign(read, text):
    got = read(text)
    assert not _campaigns(got), labels(got)
