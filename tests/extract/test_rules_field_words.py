"""More fields of activity (lexicon/fields.toml: FIELD_NOUNS, FIELD_PHRASES), a field phrase of three words, a
list of fields the parser took for modifiers of the last one ("remote sensing, hydrology and capacity building"),
and a field the parser hangs on the partner named before it ("cooperation with India in X"), on sentences written
for them."""

from __future__ import annotations

import pytest

from ..helpers import triples

_SIGNED = "ESA and ISRO signed an agreement on 3 May. "


def _topics(text: str, read) -> set[str]:
    return {o for s, p, o in triples(read(text)) if p == "topic"}


@pytest.mark.parametrize("text, fields", [
    ("ESA and JAXA signed an agreement on space resources and space law.", {"space resources", "space law"}),
    ("The two agencies signed a memorandum covering remote sensing, hydrology and capacity building.",
     {"remote sensing", "hydrology", "capacity building"}),
    ("CSA and ASI signed a memorandum covering astrobiology, geology and space applications.",
     {"astrobiology", "geology", "space applications"}),
    ("The agreement signed by CNES and KARI focuses on glaciology, disaster management and planetary defence.",
     {"glaciology", "disaster management", "planetary defence"}),
    ("The talks between ASI and CONAE centred on space debris and space traffic management.",
     {"space debris", "space traffic management"}),
])
def test_new_field_words_are_topics(read, text, fields):
    assert fields <= _topics(text, read)


@pytest.mark.parametrize("text, fields", [
    (_SIGNED + "The agreement will deepen cooperation with India in space resources and planetary defence.",
     {"space resources", "planetary defence"}),
    (_SIGNED + "The agreement will strengthen ties with Brazil on seismology and volcanology.",
     {"seismology", "volcanology"}),
])
def test_field_hung_on_the_partner_is_the_cooperations(read, text, fields):
    assert fields <= _topics(text, read)


@pytest.mark.parametrize("text", [
    _SIGNED + "The agreement will strengthen cooperation with the University of Tartu in Estonia.",  # a place
    _SIGNED + "The agreement will strengthen cooperation with NASA in 2025.",  # a year
    "Norway has strong teams in hydrology and space law.",  # no agreement or meeting
])
def test_no_field_topic_from_places_years_or_without_a_holder(read, text):
    assert not _topics(text, read)
