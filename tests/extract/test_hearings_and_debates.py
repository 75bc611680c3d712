""""The committee held a hearing on the NASA budget on 12 March", "testified at a parliamentary hearing in Arden",
"The European Parliament held a debate on the EU Space Act in Strasbourg": a hearing or a debate is a meeting
(lexicon HEAD_CLASSES: "hearing", "debate"), placed, dated and attended as meetings are; talk of a debate that
is held nowhere makes none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _meetings(got) -> list:
    return [e for e in got.entities.values() if "Meeting" in e.classes]


@pytest.mark.parametrize("text, who", [
    ("The Committee on Science, Space, and Technology held a hearing on the NASA budget on 12 March.",
     "Committee on Science, Space, and Technology"),
    ("Kari Lund testified at a parliamentary hearing in Arden on 12 March.", "Kari Lund"),
    ("The European Parliament held a debate on the EU Space Act in Strasbourg on 9 April.", "European Parliament"),
])
def test_a_hearing_or_a_debate_is_a_meeting(read, text, who):
    got = read(text)
    assert _meetings(got), labels(got)
    assert any(p == "participant" and o == who for s, p, o in triples(got)), triples(got)


@pytest.mark.parametrize("text", [
    "Public debate on space debris is growing.",
    "The hearing of the committee was broadcast.",
])
def test_talk_of_a_debate_held_nowhere_makes_none(read, text):
    assert not _meetings(read(text)), labels(read(text))
