"""dep:event-frame: the place of a framing visit and the agent of a passive, on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _visit(facts) -> str:
    return next(s for s, p, _ in facts if s.startswith("visit") and p == "participant")


@pytest.mark.parametrize("text, who", [
    ("Maria Lind announced the partnership during a visit to JAXA's Tsukuba Space Center on Monday.", "Maria Lind"),
    ("The announcement was made by Maria Lind during a visit to the Tsukuba Space Center.", "Maria Lind"),
    ("During his visit to the Tsukuba Space Center, Josef Aschbacher met Hiroshi Yamakawa.", "Josef Aschbacher"),
])
def test_event_frame_visit_to_a_place(read, text, who):
    facts = triples(read(text))
    visit = _visit(facts)
    assert {(visit, "participant", who), (visit, "locatedIn", "Tsukuba Space Center")} <= facts, facts


def test_event_frame_visit_to_a_person_is_no_place(read):
    facts = triples(read("Maria Lind announced the partnership during a visit to Hiroshi Yamakawa."))
    assert not any(p == "locatedIn" for _, p, _ in facts), facts
