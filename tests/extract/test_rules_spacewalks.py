"""A spacewalk (or moonwalk) is an occurrence: its walkers take part (OCCURRENCE_NOUNS, dep:occurrence-noun).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _walkers(result) -> set[str]:
    ents = result.entities
    return {ents[r.object].label for r in result.relations
            if r.predicate == "participant" and "walk" in ents[r.subject].label}


@pytest.mark.parametrize("text, walkers", [
    ("Cosmonaut Oleg Varin completed his third spacewalk outside the station.", {"Oleg Varin"}),
    ("Mira Tallgren of the Vela Space Agency and Jonas Ek will perform a spacewalk on 12 June 2026.",
     {"Mira Tallgren", "Jonas Ek"}),
    ("Paula Reyes made the first moonwalk of the Orlan programme in March 2028.", {"Paula Reyes"}),
])
def test_the_walkers_take_part(read, text, walkers):
    got = read(text)
    assert walkers <= _walkers(got), triples(got)


def test_a_spacewalk_suit_is_no_walk(read):
    got = read("Orbix Ltd will deliver the spacewalk suits to the Vela Space Agency in 2026.")
    assert not _walkers(got), triples(got)
