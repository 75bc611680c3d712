"""A broad field noun (research, training, studies, education) narrowed by an "on"/"in" phrase is about what
that phrase names: "joint research on space weather" is a topic of space weather, not of "research" (lexicon
BROAD_FIELD_NOUNS; rules/fields.py field_topic). Unnarrowed, or with a compound ("space research"), it stays a
field of its own; a place or a date in the phrase narrows nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, topic", [
    ("The agreement covers joint research on space weather and the exchange of doctoral students.",
     "agreement [t]", "space weather"),
    ("The agreement focuses on research in space medicine.", "agreement [t]", "space medicine"),
    ("The memorandum covers training in satellite navigation.", "memorandum [t]", "satellite navigation"),
    ("CNES and DLR signed an agreement on research into space debris.", "agreement [t]", "space debris"),
])
def test_the_field_a_broad_noun_is_narrowed_to(read, text, thing, topic):
    got = triples(read(text))
    assert (thing, "topic", topic) in got, got
    assert not any(p == "topic" and o in ("research", "training") for _, p, o in got), got


@pytest.mark.parametrize("text, thing, topic", [
    ("The agreement covers space research and education.", "agreement [t]", "space research"),
    ("The agreement covers research and training.", "agreement [t]", "research"),
    ("The agreement covers research in Antarctica.", "agreement [t]", "research"),
])
def test_a_broad_field_not_narrowed_stays(read, text, thing, topic):
    got = triples(read(text))
    assert (thing, "topic", topic) in got, got
