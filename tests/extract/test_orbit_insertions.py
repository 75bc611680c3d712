"""A craft's orbit insertion at or around a body ("the Zephyr probe's orbit insertion around Venus", "the orbit
insertion of the Corvo probe at Saturn") says the body is the craft's target; an insertion of no craft, or
around no body, gives none (lexicon ENCOUNTER_NOUNS, rule dep:encounter-noun). Sentences written for these
tests."""

from __future__ import annotations

import pytest


def _targets(x) -> set[tuple[str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], lab[r.object]) for r in x.relations if r.predicate == "target"}


@pytest.mark.parametrize("text, craft, body", [
    ("The Zephyr probe's orbit insertion around Venus was confirmed on 5 May.", "Zephyr", "Venus"),
    ("The orbit insertion of the Corvo probe at Saturn took 40 minutes.", "Corvo", "Saturn"),
])
def test_an_orbit_insertion_at_a_body_targets_it(read, text, craft, body):
    assert (craft, body) in _targets(read(text)), _targets(read(text))


def test_an_insertion_around_noon_targets_nothing(read):
    x = read("The Zephyr probe's orbit insertion around noon was confirmed by the Nordvik Space Agency.")
    assert _targets(x) == set(), _targets(x)
