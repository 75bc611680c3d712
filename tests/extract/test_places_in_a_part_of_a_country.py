""""Kiruna in northern Sweden", "Larissa in central Greece": an adjective of direction between "in" and a
country or a region does not cut a town from the place it lies in (lexicon DIRECTION_ADJECTIVES,
wider_places.in_place); after such an adjective even a region the knowledge base does not know is a wider
place. A city or a season after "in" is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, town, wider", [
    ("The ground station at Kiruna in northern Sweden receives the data.", "Kiruna", "Sweden"),
    ("Fires destroyed homes near Larissa in central Greece.", "Larissa", "Greece"),
    ("An earthquake struck the city of Malatya in eastern Turkey on 6 February.", "Malatya", "Turkey"),
    ("The data centre is located in Lyon in southern France.", "Lyon", "France"),
    ("A new receiving station will be built in the town of Kvalsund in northern Norvadia.", "Kvalsund", "Norvadia"),
    ("Wildfires destroyed homes near Larissa in south-eastern Greece.", "Larissa", "Greece"),
    ("The floods hit Malatya in north-eastern Turkey.", "Malatya", "Turkey"),
])
def test_a_town_in_a_part_of_a_country_lies_in_it(read, text, town, wider):
    got = triples(read(text))
    assert (town, "locatedIn", wider) in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The images were received in Kiruna in the summer of 2025.",
    "Engineers in Toulouse in northern winter conditions tested the antenna.",
])
def test_no_wider_place_without_a_place_after_in(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" and s in ("Kiruna", "Toulouse") for s, p, o in got), sorted(got)
