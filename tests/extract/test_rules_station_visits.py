"""Craft and crews at a station: a craft that undocks from a station only visited it (rules/parts.py,
DEPART_VERBS), while a lander that separates from an orbiter was part of it; who walks in space "with" the
walker walks too (rules/occurrences.py, dep:occurrence-noun). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, station", [
    ("The Soyuz MS-29 spacecraft undocked from the ISS on 2 April 2026.", "Soyuz MS-29", "International Space Station"),
    ("The Cygnus cargo craft undocked from the International Space Station on 2 April 2026.", "Cygnus",
     "International Space Station"),
])
def test_a_visitor_that_undocks_is_no_part(read, text, craft, station):
    got = triples(read(text))
    assert (craft, "partOf", station) not in got, sorted(got)
    assert [x for x in got if x[1] == "participant" and x[2] == craft], sorted(got)


def test_a_lander_that_separates_was_a_part(read):
    got = triples(read("The Vela lander separated from the Orbis orbiter on 4 June 2025."))
    assert ("Vela", "partOf", "Orbis") in got, sorted(got)


@pytest.mark.parametrize("text, walkers", [
    ("During his mission, astronaut Piet Holm performed two spacewalks with NASA astronaut Mark Tillman.",
     {"Piet Holm", "Mark Tillman"}),
    ("On 3 March, ESA astronaut Lea Moreau conducted a spacewalk alongside cosmonaut Oleg Antonov.",
     {"Lea Moreau", "Oleg Antonov"}),
])
def test_who_walks_with_the_walker_takes_part(read, text, walkers):
    got = triples(read(text))
    events = {s for s, p, o in got if p == "participant" and "spacewalk" in s}
    assert walkers <= {o for s, p, o in got if s in events and p == "participant"}, sorted(got)


def test_a_walk_with_a_tool_has_no_tool_walker(read):
    got = triples(read("Astronaut Piet Holm performed a spacewalk with the Canadarm2 robotic arm on 3 May 2026."))
    assert not [x for x in got if "spacewalk" in x[0] and x[1] == "participant" and x[2] == "Canadarm2"], sorted(got)
