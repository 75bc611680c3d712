""""The Velorian Space Agency plays a major role in the Tessaly mission", "CNES's role in X", "the role of DLR in X",
"the role X is to play during Y's next phase": the body contributes to the mission (rules/parts_played.py, lexicon
ROLE_NOUNS, ROLE_VERBS); a person's role, a role in a meeting, a role in nothing named make no contribution.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body, mission", [
    ("The Velorian Space Agency plays a major role in the Tessaly mission.", "Velorian Space Agency", "Tessaly"),
    ("CNES's role in the Tessaly mission is to provide the camera.", "CNES", "Tessaly"),
    ("The role of DLR in the Tessaly mission was praised by the minister.", "DLR", "Tessaly"),
    ("The role ESA plays in the Tessaly mission is central.", "ESA", "Tessaly"),
    ("Given the role EUMETSAT is to play during the Tessaly mission's second phase, the board approved the plan.",
     "EUMETSAT", "Tessaly"),
])
def test_a_body_s_role_in_a_mission_is_a_contribution(read, text, body, mission):
    assert (body, "contributesTo", mission) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Dr Ana Ruiz played a key role in the Tessaly mission.",
    "ESA played a key role in the meeting.",
    "ESA's role has grown since 2010.",
])
def test_no_contribution_without_a_body_and_a_mission(read, text):
    assert not any(p == "contributesTo" for _, p, _ in triples(read(text)))
