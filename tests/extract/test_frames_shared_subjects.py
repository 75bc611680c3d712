"""A verb coordinated with a passive one shares its subject, not its agent: "X was released by A and landed on
Y" (X landed), "X was developed by A and launched from B" (X was launched, not by A), "X was assembled by A
and shipped to B" (frames.py, _inherit). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, verb_event, craft, not_in", [
    ("The Vela satellite was developed by OHB and launched from Kourou on 3 May 2020.", "launch", "Vela", "OHB"),
    ("The Vela orbiter was assembled by Airbus in Toulouse and shipped to Kourou in March.", "ship", "Vela",
     "Airbus"),
])
def test_the_second_verb_is_said_of_the_subject(read, text, verb_event, craft, not_in):
    got = triples(read(text))
    parts = {o for s, p, o in got if s.startswith(verb_event) and p == "participant"}
    assert craft in parts, sorted(got)
    assert not_in not in parts, sorted(got)


def test_the_agent_is_not_the_second_verbs_subject(read):
    from presskg.extract.frames import build_frames
    from presskg.extract.tree import Tree
    from presskg.nlp import load_model, parse

    text = "The probe was released by the orbiter and landed on Ryugu on 3 October 2018."
    tree = Tree(next(parse([text], nlp=load_model())), text)
    landed = next(f for f in build_frames(tree) if f.lemma == "land")
    assert [tree[i].text for i in landed.subj] == ["probe"]
