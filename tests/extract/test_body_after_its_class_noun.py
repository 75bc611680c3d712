"""A body's name right after its class noun is the body the phrase names, wherever the parser hung it: "will
fly past the asteroid 2011 UW158 in 2028" (the parser hangs the designation on the verb, as a measure of
time), so the craft targets it (referents.bodies_in). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Dhruva probe will fly past the asteroid 2011 UW158 in 2028.", "Dhruva", "2011 UW158"),
    ("The Kelva probe will fly by the asteroid 2024 QX3 in 2030.", "Kelva", "2024 QX3"),
    ("The Dhruva probe flew past the asteroid 1998 KY9 in 2025.", "Dhruva", "1998 KY9"),
])
def test_a_craft_passing_a_designated_body_targets_it(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


@pytest.mark.parametrize("text", [
    "The Dhruva probe will fly past the asteroid belt in 2028.",
    "The Dhruva probe will fly over Bengaluru in 2028.",
])
def test_no_named_body_no_target(read, text):
    assert not any(p == "target" for _, p, _ in triples(read(text))), triples(read(text))
