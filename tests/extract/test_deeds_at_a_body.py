""""Ardent will perform flybys of Venus and Mercury", "Talvi completed its first drive on the surface of Mars", "the
probe carried out a gravity assist at Mercury": a craft doing a deed at a body (a light verb of lexicon
EVENT_LIGHT_VERBS, whose object's phrase, or a place phrase on the verb, names the body) targets the body
(rules/flybys.py frame:done-at-body). Earth is no target; a body is no target of a subject that is no craft.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, bodies", [
    ("ESA launched the Ardent probe in 2030. Ardent will perform flybys of Venus and Mercury.", "Ardent",
     ("Venus", "Mercury")),
    ("NASA's Talvi rover has completed its first drive on the surface of Mars.", "Talvi", ("Mars",)),
    ("ESA launched the Ardent probe in 2030. Ardent carried out a gravity assist at Mercury on 3 May 2032.",
     "Ardent", ("Mercury",)),
    ("JAXA's Hoshi spacecraft conducted a close flyby of the asteroid Tenri on 9 June 2029.", "Hoshi", ("Tenri",)),
    ("ISRO's Lunari orbiter conducted its first observations around the Moon in May.", "Lunari", ("Moon",)),
])
def test_a_craft_doing_a_deed_at_a_body_targets_it(read, text, craft, bodies):
    got = triples(read(text))
    for body in bodies:
        assert (craft, "target", body) in got, got


@pytest.mark.parametrize("text", [
    # a flyby of Earth: craft come home to it
    "ESA's Ardent probe completed a flyby of Earth on 3 May 2031.",
    "ESA launched the Ardent probe in 2030. Ardent will perform flybys of Venus and Earth.",
])
def test_earth_is_no_target(read, text):
    got = triples(read(text))
    assert not any(p == "target" and o == "Earth" for _, p, o in got), got


def test_a_body_that_is_no_craft_targets_nothing(read):
    got = triples(read("ESA launched the Ardent probe in 2030. ESA conducted a review of the mission to Mars."))
    assert not any(p == "target" for _, p, _ in got), got
