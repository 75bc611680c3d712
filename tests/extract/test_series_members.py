"""A craft counted among the members of a series or a programme is part of it, and a name that heads a
programme noun with no other class is a mission: "the Helios series", "the first of four satellites of the
Polaris programme", "Helios-B, the second spacecraft in the Helios series" (rules/wholes.py, lexicon
PROGRAMME_NOUNS, ORDINAL_WORDS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("ESA presented the Lyra series in Paris.", "Lyra"),
    ("The Lyra series comprises four satellites.", "Lyra"),
    ("Helios-B is the second spacecraft in the Helios series.", "Helios"),
])
def test_a_name_on_a_programme_noun_is_a_mission(read, text, name):
    assert classes_of(read(text), name) == {"Mission"}


@pytest.mark.parametrize("text, part, whole", [
    ("Helios-B is the second spacecraft in the Helios series.", "Helios-B", "Helios"),
    ("Zephyr-2A is the first of four satellites of the Polaris Weather programme.", "Zephyr-2A", "Polaris Weather"),
    ("The Zephyr-2A satellite is the first of the Polaris series.", "Zephyr-2A", "Polaris"),
    ("Kestra-3, the last of the six satellites of the Orion constellation, was launched on 3 May.", "Kestra-3",
     "Orion"),
    ("Kestra-3, one of the six satellites of the Orion constellation, was launched on 3 May.", "Kestra-3", "Orion"),
])
def test_a_counted_member_is_part_of_the_whole(read, text, part, whole):
    found = triples(read(text))
    assert (part, "partOf", whole) in found, found


@pytest.mark.parametrize("text", [
    "Zephyr-2A is the first of four satellites to be launched this year.",  # no whole named
    "ESA was the first of the agencies to sign the Polaris charter.",  # an agency is no part
    "Kestra-3 is the first satellite of its kind.",  # no programme
])
def test_no_part_without_a_named_whole(read, text):
    found = triples(read(text))
    assert not any(p == "partOf" for _, p, _ in found), found
