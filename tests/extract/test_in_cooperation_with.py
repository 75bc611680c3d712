"""Work done "in collaboration / cooperation / partnership with" a body is shared with it: an event the clause
tells of has the body as a participant, a mission or craft has it as a contributor (lexicon COOPERATION_NOUNS,
rules/joint_work.py dep:in-cooperation-with). People, or a clause about neither, give nothing here. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, body", [
    ("The observation campaign was carried out in collaboration with NASA and the Canadian Space Agency.",
     "observation campaign [t]", "CSA"),
    ("The observation campaign was carried out in collaboration with NASA.", "observation campaign [t]", "NASA"),
    ("The workshop was organised in partnership with DLR.", "workshop [t]", "DLR"),
    ("The tests were performed in cooperation with DLR.", "tests [t]", "DLR"),
])
def test_a_cooperating_body_takes_part_in_the_event(read, text, event, body):
    assert (event, "participant", body) in triples(read(text))


@pytest.mark.parametrize("text, body, craft", [
    ("The Kelva mission is carried out in cooperation with JAXA.", "JAXA", "Kelva"),
    ("The Vela satellite will be operated in partnership with the Norvian Space Agency.", "Norvian Space Agency",
     "Vela"),
])
def test_a_cooperating_body_contributes_to_the_craft(read, text, body, craft):
    assert (body, "contributesTo", craft) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Elena Varga worked on the Vela mission in collaboration with Tomas Reyel.",
    "ESA works in close cooperation with JAXA.",
    "The Vela mission was discussed in the context of cooperation with JAXA.",
])
def test_no_body_or_no_shared_work_no_participant(read, text):
    got = triples(read(text))
    assert not any(m for s, p, o in got for m in [p == "participant" or p == "contributesTo" and s in
                                                    ("JAXA", "Tomas Reyel")]), got


def test_a_craft_built_in_partnership_is_left_to_the_builders(read):
    got = triples(read("CNES is supplying a rover built in partnership with the German space agency DLR."))
    assert not any(s == "DLR" and p == "contributesTo" and "rover" in o for s, p, o in got), got
