"""Two classes of wording (session 36), each on sentences written for these tests:

- a craft's name, then the name of the world it goes to, then the craft's noun: "the Tianwen-3 Mars orbiter",
  "its Chang'e-7 Moon lander" (extract/class_nouns.craft_before_world). The world's name took the whole run
  of proper nouns, and the craft was lost;
- a known name written in lower case as the words before a common noun describes, not names: "a Mars
  sample-return orbiter" is no mention of the Mars Sample Return mission (gazetteer._cased_as_named). The same
  name written in lower case heading its phrase still names ("Europe's spaceport").
"""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, craft, cls, world", [
    ("The Tianwen-3 Mars orbiter lifted off on 5 May 2028.", "Tianwen-3", "Probe", "Mars"),
    ("China launched its Chang'e-7 Moon lander in August.", "Chang'e-7", "Lander", "Moon"),
    ("Engineers tested the Kestrel Venus probe in Noordwijk.", "Kestrel", "Probe", "Venus"),
    ("The Lumo Mars rover was shipped to the launch site.", "Lumo", "Rover", "Mars"),
])
def test_craft_named_before_the_world_it_goes_to(read, text, craft, cls, world):
    got = read(text)
    assert cls in classes_of(got, craft), labels(got)
    assert (craft, "target", world) in triples(got)


@pytest.mark.parametrize("text, absent", [
    ("NASA's Mars rover landed in Jezero crater.", "NASA"),  # an agency before the world: no craft of its name
    ("The Mars Express orbiter took new images.", "Express"),  # a known craft's name: kept whole
])
def test_no_craft_name_is_cut_from_other_runs(read, text, absent):
    got = read(text)
    assert not any(cls in classes_of(got, absent) for cls in ("Probe", "Rover", "Spacecraft")), labels(got)


def test_a_lower_case_description_is_no_known_mission(read):
    got = read("A Long March 5 rocket carrying China's Tianwen-3 Mars sample-return orbiter lifted off.")
    assert not any("Sample Return" in label for label in labels(got)), labels(got)
    assert "Probe" in classes_of(got, "Tianwen-3")
    assert ("Tianwen-3", "launchVehicle", "Long March 5") in triples(got)


def test_a_known_name_in_lower_case_heading_its_phrase_still_names(read):
    got = read("Vela will be launched from Europe's spaceport in Kourou next year.")
    assert "Guiana Space Centre" in labels(got), labels(got)
