""""The memorandum covers satellite navigation, Earth observation and space science": a list of fields the parser
reads as an apposition ("science", with "observation and space" hung on it) names every field; "lunar
exploration and climate research" parsed as "lunar (exploration and climate) research" gives "lunar exploration"
and "climate research", not "climate" (rules/fields.topic_list, field_topic). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _topics(got):
    return {o for s, p, o in triples(got) if p == "topic"}


@pytest.mark.parametrize("text, fields", [
    ("The memorandum covers satellite navigation, Earth observation and space science.",
     {"satellite navigation", "Earth observation", "space science"}),
    ("The talks covered space debris, lunar exploration and climate research.",
     {"space debris", "lunar exploration", "climate research"}),
    ("The agreement covers space science, the Moon and satellite navigation.",
     {"space science", "Moon", "satellite navigation"}),
    ("The agreement covers remote sensing, hydrology and capacity building.",
     {"remote sensing", "hydrology", "capacity building"}),
    ("ESA and JAXA will hold a workshop on lunar resources in May.", {"lunar resources"}),
])
def test_every_field_of_a_list_is_a_topic(read, text, fields):
    assert _topics(read(text)) == fields, triples(read(text))
