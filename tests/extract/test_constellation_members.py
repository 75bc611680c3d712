"""A constellation's or a series' members are part of it, however the text says they belong: "a member of"
(lexicon PART_NOUNS), a craft that joins, enters or completes it (ENTER_WHOLE_VERBS, rules/wholes.py), and the
names listed after the counted craft it comprises or consists of (rules/builders.py). A body that joins a
programme, or a craft that joins a fleet, is no part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, parts, whole", [
    ("Helion-25 and Helion-26, the latest members of the Helion constellation, were launched in 2026.",
     ("Helion-25", "Helion-26"), "Helion"),
    ("Tarvo-3, the newest member of the Tarvo series, was launched in May.", ("Tarvo-3",), "Tarvo"),
    ("Kelsa-4 will become the fifth member of the Kelsa constellation.", ("Kelsa-4",), "Kelsa"),
])
def test_a_member_of_a_constellation_is_part_of_it(read, text, parts, whole):
    got = triples(read(text))
    for p in parts:
        assert (p, "partOf", whole) in got, got


@pytest.mark.parametrize("text, parts, whole", [
    ("Helion-25 joins the Helion constellation in medium Earth orbit.", ("Helion-25",), "Helion"),
    ("Kelsa-4 will join the Kelsa constellation of Earth observation satellites.", ("Kelsa-4",), "Kelsa"),
    ("Helion-25 and Helion-26 will complete the Helion constellation in 2027.", ("Helion-25", "Helion-26"), "Helion"),
    ("Tarvo-3 entered the Tarvo constellation after its commissioning.", ("Tarvo-3",), "Tarvo"),
])
def test_a_craft_that_joins_a_constellation_is_part_of_it(read, text, parts, whole):
    got = triples(read(text))
    for p in parts:
        assert (p, "partOf", whole) in got, got


@pytest.mark.parametrize("text, parts, whole", [
    ("NavIC currently consists of seven satellites, including IRNSS-1I and NVS-01.", ("IRNSS-1I", "NVS-01"), "NavIC"),
    ("The Kelsa constellation now includes four satellites: Kelsa-1, Kelsa-2 and Kelsa-3.",
     ("Kelsa-1", "Kelsa-2", "Kelsa-3"), "Kelsa"),
    ("The Vela orbiter includes two cameras, including the Zephyr imager.", ("Zephyr",), "Vela"),
])
def test_names_listed_after_what_a_whole_consists_of_are_its_parts(read, text, parts, whole):
    got = triples(read(text))
    for p in parts:
        assert (p, "partOf", whole) in got, got


@pytest.mark.parametrize("text", [
    "Norway joined the Helion programme in 2020.",  # a country joins as a partner, no part
    "The Kelsa-4 satellite joins Astrelis-2 in the operator's fleet.",  # a fleet is no programme
    "Lena Varga, a member of the Helion team, presented the results.",  # a person is a member, no part
    "The Helion consortium includes five companies, including Airbus and OHB.",  # companies are no parts
])
def test_no_part_of_a_whole_from_other_joiners(read, text):
    got = triples(read(text))
    assert not any(p == "partOf" for s, p, o in got), got
