"""Bodies beyond the Solar System: class nouns of planets and stars ("the exoplanet X", "the red dwarf Y",
lexicon HEAD_CLASSES) and a planet named after its star ("Kalvo-12b" beside the star "Kalvo-12") that is a
planet orbiting it, not another star of a series (series.host_star, rules/host_stars.py
infer:planet-of-star). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


def _rels(x) -> set[tuple[str, str, str]]:
    lab = {k: e.label for k, e in x.entities.items()}
    return {(lab[r.subject], r.predicate, lab[r.object]) for r in x.relations}


@pytest.mark.parametrize("text, name, cls", [
    ("The Vellum Space Telescope observed the exoplanet Morra-3b in 2025.", "Morra-3b", "Planet"),
    ("Astronomers found three planets around the red dwarf Tessa-7.", "Tessa-7", "Star"),
    ("The pulsar Varn-19 was observed by the Lumen telescope.", "Varn-19", "Star"),
])
def test_class_nouns_of_bodies_beyond_the_solar_system(read, text, name, cls):
    assert classes_of(read(text), name) == {cls}


@pytest.mark.parametrize("text, planets, star", [
    ("The team discovered a rocky planet, Kalvo-12b, orbiting the red dwarf star Kalvo-12.", ["Kalvo-12b"],
     "Kalvo-12"),
    ("The star Tessa-7 has two planets: Tessa-7b and Tessa-7c.", ["Tessa-7b", "Tessa-7c"], "Tessa-7"),
])
def test_a_planet_named_after_its_star_orbits_it(read, text, planets, star):
    x = read(text)
    for p in planets:
        assert classes_of(x, p) == {"Planet"}, p
        assert (p, "orbits", star) in _rels(x), _rels(x)


def test_a_lettered_craft_of_a_craft_series_is_no_planet(read):
    x = read("The Vela-2 satellite and Vela-2b were launched.")
    assert classes_of(x, "Vela-2b") == {"Satellite"}
    assert not any(p == "orbits" for _, p, _ in _rels(x)), _rels(x)
