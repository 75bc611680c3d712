""""The two satellites of the Arvelo mission", "the lander of the Vela spacecraft": craft named by an "of" phrase of
a mission (plural: the mission's craft) or a carried craft of a craft are parts of it (rules/wholes.part_of_phrase);
"the spacecraft of the X mission" is the mission's one craft, "the successor of X" no part. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _parts(got):
    return {(s.split(" [")[0], o) for s, p, o in triples(got) if p == "partOf"}


@pytest.mark.parametrize("text, part, whole", [
    ("The two satellites of the Arvelo mission will be launched in 2030.", "two satellites of Arvelo", "Arvelo"),
    ("Thales Alenia Space will build the four satellites of the Tessaly mission.", "four satellites of Tessaly",
     "Tessaly"),
])
def test_craft_of_a_mission_are_its_parts(read, text, part, whole):
    assert (part, whole) in _parts(read(text)), triples(read(text))


@pytest.mark.parametrize("text", [
    "The Ariane 5 will carry the spacecraft of the Arvelo mission.",
    "The successor of the Vela satellite will be built by OHB.",
])
def test_the_one_craft_of_a_mission_or_a_successor_is_no_part(read, text):
    assert not _parts(read(text)), triples(read(text))
