"""doing.py on sentences written for it: an unknown name that enters or reaches orbit (a verb with its object
noun, TRANSITIVE_SUBJECTS "enter orbit") or undocks is a craft; one that enters a market is not."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Kestrel entered orbit around Mars on 4 June.", "Kestrel"),
    ("Brightwave reached orbit in 2024.", "Brightwave"),
    ("Kestrel undocked from the space station on 2 May.", "Kestrel"),
])
def test_a_name_that_reaches_orbit_or_undocks_is_a_craft(read, text, name):
    result = read(text)
    assert "Spacecraft" in classes_of(result, name), triples(result)


def test_a_craft_that_enters_orbit_around_a_planet_orbits_it(read):
    assert ("Kestrel", "orbits", "Mars") in triples(read("Kestrel entered orbit around Mars on 4 June."))


def test_a_name_that_enters_a_market_is_no_craft(read):
    result = read("Orbex entered the market in 2020.")
    assert "Spacecraft" not in classes_of(result, "Orbex")
