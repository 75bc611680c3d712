"""A craft that keeps company with, meets or intercepts a body goes to it: "accompany", "escort", "intercept",
"chase" and "rendezvous with" join the target verbs (lexicon STUDY_VERBS, STUDY_WITH_VERBS; frame:target).
Said of an agency and another agency, or of no body, they give no target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Ramses probe will accompany the asteroid Apophis in 2029.", "Ramses", "Apophis"),
    ("The Ramses probe will escort Apophis during its flyby.", "Ramses", "Apophis"),
    ("The Vela probe will intercept the comet Lyra-3.", "Vela", "Lyra-3"),
    ("The Vela probe will rendezvous with the asteroid Dimoros in 2030.", "Vela", "Dimoros"),
])
def test_a_craft_that_meets_a_body_targets_it(read, text, craft, body):
    got = triples(read(text))
    assert (craft, "target", body) in got, got


@pytest.mark.parametrize("text", [
    "NASA will accompany ESA to the meeting.",
    "The Vela probe will work with the Kestrel orbiter at Mars.",
])
def test_no_body_no_target_from_company(read, text):
    got = triples(read(text))
    assert not any(p == "target" and o != "Mars" for _, p, o in got), got
