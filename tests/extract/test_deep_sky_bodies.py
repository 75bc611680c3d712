"""Galaxies, nebulae, clusters and catalogue designations are celestial bodies: "the spiral galaxy NGC 4411",
"the Orion Nebula", "the star HD 189733" (lexicon HEAD_CLASSES, CATALOGUE_PREFIXES; extract/designations.py).
A name inside a body's name ("the [Orion] Nebula") is no craft of that name, and a name that only starts with
a celestial noun ("Star Harbour Industries") is no body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, body, cls", [
    ("Astronomers observed the spiral galaxy NGC 4411 with the Meridian Space Telescope.", "NGC 4411", "CelestialBody"),
    ("The Vela telescope observed the star HD 189733 in 2025.", "HD 189733", "Star"),
    ("The team imaged the globular cluster NGC 6397 in March.", "NGC 6397", "CelestialBody"),
    ("The Orion Nebula was imaged by the Vela telescope.", "Orion Nebula", "CelestialBody"),
    ("The Kelva probe mapped the Milky Way.", "Milky Way", "CelestialBody"),
    ("Two brown dwarfs were found in the Carina Nebula.", "Carina Nebula", "CelestialBody"),
])
def test_a_deep_sky_object_is_a_celestial_body(read, text, body, cls):
    got = read(text)
    assert cls in classes_of(got, body), labels(got)


@pytest.mark.parametrize("text, craft, body", [
    ("Astronomers observed the spiral galaxy NGC 4411 with the Meridian Space Telescope.", "Meridian Space Telescope",
     "NGC 4411"),
    ("The Vela telescope imaged the Andromeda Galaxy.", "Vela", "Andromeda Galaxy"),
    ("The Orion Nebula was imaged by the Vela telescope.", "Vela", "Orion Nebula"),
])
def test_a_craft_that_looks_at_one_targets_it(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


def test_a_name_inside_a_bodys_name_is_no_craft(read):
    got = read("The Orion Nebula was imaged by the Vela telescope.")
    assert "Orion" not in labels(got), labels(got)


@pytest.mark.parametrize("text, name", [
    ("Star Harbour Industries signed a contract with ESA.", "Star Harbour Industries"),
    ("The Nordic Galaxy Fund was created in 2024.", "Galaxy Fund"),
    ("Comet Ridge Systems will build the antenna.", "Comet Ridge Systems"),
])
def test_a_name_that_starts_with_a_body_noun_is_no_body(read, text, name):
    got = read(text)
    assert not any(c in ("CelestialBody", "Star", "Comet", "Planet") for c in classes_of(got, name)), \
        (classes_of(got, name), labels(got))


@pytest.mark.parametrize("text", [
    "Kepler 2024 results were published on 3 May.",
    "The Ross 2025 report was presented to the council.",
])
def test_a_catalogue_word_before_a_year_is_no_designation(read, text):
    got = read(text)
    assert not any("CelestialBody" in e.classes for e in got.entities.values()), labels(got)
