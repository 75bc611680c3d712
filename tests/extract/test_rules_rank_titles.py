"""Crew ranks and trades written before a name are titles, not the name: "Astronaut Lea Moreau will fly",
"Commander Ivo Stark landed the capsule" (extract/ranks.py, lexicon RANK_TITLES); before a class noun a rank is
part of the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, name, title", [
    ("Astronaut Rui Castelo docked with the International Space Station on 3 April 2025.", "Rui Castelo", "Astronaut"),
    ("Astronaut Lea Moreau will fly to the station next year.", "Lea Moreau", "Astronaut"),
    ("Commander Ivo Stark landed the capsule in the desert.", "Ivo Stark", "Commander"),
    ("Cosmonaut Oleg Varin completed his third spacewalk.", "Oleg Varin", "Cosmonaut"),
    ("The crew was led by Captain Marta Lund of the Vela Space Agency.", "Marta Lund", "Captain"),
])
def test_rank_is_no_part_of_the_name(read, text, name, title):
    got = labels(read(text))
    assert name in got and f"{title} {name}" not in got, got


@pytest.mark.parametrize("text, name", [
    ("The Commander Training Centre opened in Vela City in 2024.", "Commander Training Centre"),
    ("The Astronaut Training Centre in Vela City opened in 2024.", "Astronaut Training Centre"),
])
def test_a_rank_before_a_place_name_is_the_name(read, text, name):
    got = labels(read(text))
    assert name in got, got
