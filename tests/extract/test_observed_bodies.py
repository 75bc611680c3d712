"""A craft that takes or sends images, pictures or measurements "of" a body targets that body ("the Zephyr
probe took images of Europa", "returned the first close-up pictures of Callisto"); an agency taking them, or
images of Earth, give no target (rules/observations.py, lexicon CAPTURE_VERBS and SENT_DOWN_NOUNS). Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _targets(x) -> set[tuple[str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], lab[r.object]) for r in x.relations if r.predicate == "target"}


@pytest.mark.parametrize("text, craft, body", [
    ("The Zephyr probe took images of Europa on 4 May.", "Zephyr", "Europa"),
    ("The Vela probe returned the first close-up pictures of Callisto.", "Vela", "Callisto"),
    ("The Corvo orbiter has sent new measurements of Titan.", "Corvo", "Titan"),
])
def test_a_craft_that_takes_images_of_a_body_targets_it(read, text, craft, body):
    assert (craft, body) in _targets(read(text)), _targets(read(text))


@pytest.mark.parametrize("text", [
    "The Nordvik Space Agency made measurements of Ganymede.",
    "The Osprey satellite sent images of Earth.",
])
def test_no_craft_or_earth_gives_no_target(read, text):
    assert _targets(read(text)) == set(), _targets(read(text))
