""""Io, Europa and Callisto, three moons of Jupiter": each moon of the list a plural apposition is set after orbits
the planet (dep:one-of-the-moons); "the probe will study the three moons": a counted plural of worlds takes back
that many worlds just told of (Antecedents.counted, read by worlds.bodies_aimed_at). Sentences written for these
tests (the worlds' names the knowledge base's, the rest invented)."""

from __future__ import annotations

import pytest

from ..helpers import triples


def test_each_moon_of_a_list_orbits_the_planet(read):
    facts = triples(read("Io, Europa and Callisto, three large moons of Jupiter, may hide oceans."))
    assert {("Io", "orbits", "Jupiter"), ("Europa", "orbits", "Jupiter"), ("Callisto", "orbits", "Jupiter")} <= facts


@pytest.mark.parametrize("text, bodies", [
    ("Io, Europa and Callisto, three large moons of Jupiter, may hide oceans. The Halo probe will study the three "
     "moons from 2031.", {"Io", "Europa", "Callisto"}),
    ("Io and Europa are moons of Jupiter. The Halo probe will study both moons from 2031.", {"Io", "Europa"}),
])
def test_a_counted_plural_of_worlds_is_the_worlds_told_of(read, text, bodies):
    facts = triples(read(text))
    assert bodies <= {o for s, p, o in facts if s == "Halo" and p == "target"}, facts


def test_a_count_that_does_not_match_takes_back_nothing(read):
    facts = triples(read("Io and Europa are moons of Jupiter. The Halo probe will study the three moons from 2031."))
    assert not any(s == "Halo" and p == "target" for s, p, o in facts), facts
