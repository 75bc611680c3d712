"""A body seen with a craft ("detected with the X telescope", "using the X satellite, the team imaged Y") is
the craft's target (rules/sightings.py frame:seen-with, lexicon SIGHTING_VERBS). Sentences written for these
tests."""

from __future__ import annotations

import pytest


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


@pytest.mark.parametrize("text, craft, body", [
    ("The exoplanet Morra-3b was detected with the Vellum Space Telescope.", "Vellum Space Telescope", "Morra-3b"),
    ("The team observed the red dwarf Tessa-7 with the Lumen satellite.", "Lumen", "Tessa-7"),
    ("Using the Vellum Space Telescope, the team imaged the asteroid Korrin.", "Vellum Space Telescope", "Korrin"),
])
def test_a_body_seen_with_a_craft_is_its_target(read, text, craft, body):
    assert (craft, "target", body) in _rels(read(text)), _rels(read(text))


@pytest.mark.parametrize("text", [
    "The team observed the comet Tarsk with NASA.",
    "Scientists mapped Earth with the Lumen satellite.",
    "The Lumen satellite was launched with the Kestrel probe.",
])
def test_no_target_from_an_agency_earth_or_a_verb_of_no_seeing(read, text):
    assert not any(p == "target" for _, p, _ in _rels(read(text))), _rels(read(text))
