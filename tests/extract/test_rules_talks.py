"""frame:went-over and the discussion wordings of frame:topic, on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, topics", [
    ("On Monday ESA held a board meeting in Paris. The board went over the latest status of several key "
     "projects, among them the Vela mission and the Lyra satellite.", {"Vela", "Lyra"}),
    ("On Friday, the CNES President met the head of NSC in Oslo. The two men also traded views on the Vela "
     "mission.", {"Vela"}),
    ("ISRO and NASA held a meeting on 3 May. The two sides talked over possible cooperation in programmes "
     "such as Kestrel.", {"Kestrel"}),
    ("KARI and CNES held a meeting in Seoul on 4 June. The delegations touched on the Lyra satellite.", {"Lyra"}),
    ("ASI and DLR held a meeting on 2 April. They exchanged views about the Kestrel lander.", {"Kestrel"}),
])
def test_talks_topics_of_the_meeting(read, text, topics):
    facts = triples(read(text))
    found = {o for s, p, o in facts if p == "topic"}
    assert topics <= found, facts


def test_talks_need_a_meeting(read):
    """"The rover went over the rocks near the Vela lander": no meeting in view, no topic."""
    facts = triples(read("The Lyra rover went over the rocks near the Vela lander."))
    assert not any(p == "topic" for _, p, _ in facts), facts


def test_talks_an_agreement_covering_is_no_meeting_topic(read):
    """A signing in view does not take what the agreement covers."""
    result = read("On Monday, NASA and DLR signed a framework agreement covering aeronautics.")
    facts = triples(result)
    assert not any(p == "topic" and s.startswith("signing") for s, p, _ in facts), facts


@pytest.mark.parametrize("text", [
    "ESA and NASA held talks on the Kestrel mission in Paris on 3 March.",
    "ESA held talks with NASA on the Kestrel mission.",
])
def test_talks_held_talks_make_a_meeting(read, text):
    facts = triples(read(text))
    talks = {s for s, p, o in facts if s.startswith("talks") and p == "participant"}
    assert talks, facts
    assert {(next(iter(talks)), "participant", "ESA"), (next(iter(talks)), "participant", "NASA"),
            (next(iter(talks)), "topic", "Kestrel")} <= facts, facts
