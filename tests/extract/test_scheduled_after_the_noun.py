""""KPLO-2, due for launch in 2030, will carry a camera", "Korea's next orbiter, KPLO-2, scheduled for launch in
2030,": a schedule adjective or participle set after a craft's name, with "for" an event noun, tells of that event,
dated by its phrase (schedules.due_adjective, schedules.scheduled for a participle; dated_words.attachment).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _launches(got):
    return {(s, o) for s, p, o in triples(got) if p == "participant" and s.startswith(("launch", "landing"))}


@pytest.mark.parametrize("text, event, craft", [
    ("KPLO-2, due for launch in 2030, will carry a camera.", "launch (2030)", "KPLO-2"),
    ("Australian researchers will join the science team of Korea's next lunar orbiter, KPLO-2, due for launch in "
     "2030.", "launch (2030)", "KPLO-2"),
    ("Korea's next lunar orbiter, KPLO-2, scheduled for launch in 2030, will carry an Australian camera.",
     "launch (2030)", "KPLO-2"),
])
def test_a_craft_scheduled_after_its_name_has_its_dated_event(read, text, event, craft):
    got = read(text)
    assert any(s.startswith(event) and o == craft for s, o in _launches(got)), triples(got)


@pytest.mark.parametrize("text", [
    "The report, due for publication in 2027, covers the Vela mission.",
    "The due date of the Vela report is 4 May.",
])
def test_no_event_without_a_scheduled_event_noun(read, text):
    assert not _launches(read(text)), triples(read(text))
