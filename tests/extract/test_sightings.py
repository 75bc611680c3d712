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


@pytest.mark.parametrize("text", [
    "Scientists using data from the Orla-5 orbiter have discovered water ice beneath the surface of Mars.",
    "Data from the Orla-5 orbiter revealed water ice on Mars.",
    "The Orla-5 probe discovered water ice on Mars.",
])
def test_what_a_craft_finds_on_or_beneath_a_world_is_its_target(read, text):
    """rules/sightings.py (a body "beneath", "under" a phrase too); "The Orla-5 probe": a class noun a designation
    names, read by the tagger as a number, is the subject (clauses.name_taken_for_adverb)."""
    facts = _rels(read(text))
    assert ("Orla-5", "target", "Mars") in facts, facts
