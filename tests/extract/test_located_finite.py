"""A place said, with a finite passive, to be located, situated or based somewhere ("The Kessler Test Stand is
located in Mojave", "are located in Kiruna") is there (locatedIn), as the participle set beside it says
("X, located in Y": rules/seats.py); "on the island of Andøy" places it at the island's name. An organization
is no place: based in a country, it has that country; a city alone gives nothing. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, place, where", [
    ("The Kessler Test Stand is located in Mojave.", "Kessler Test Stand", "Mojave"),
    ("The Kessler Test Stand, operated by Quillon Aerospace, is located in California.", "Kessler Test Stand",
     "California"),
    ("Sundvik Spaceport is situated on the island of Andøy in northern Norway.", "Sundvik Spaceport", "Andøy"),
    ("Sundvik Spaceport, located on the island of Andøy in Norway, opened in 2026.", "Sundvik Spaceport", "Andøy"),
    ("The Orla launch site and the Tessa test centre are located in Kiruna.", "Tessa", "Kiruna"),
])
def test_a_place_located_by_a_finite_passive_is_there(read, text, place, where):
    got = triples(read(text))
    assert (place, "locatedIn", where) in got, got


def test_an_organization_based_in_a_country_has_that_country(read):
    got = triples(read("Vela Systems is based in Turin, Italy."))
    assert ("Vela Systems", "country", "Italy") in got, got
    assert not any(s == "Vela Systems" and p == "locatedIn" for s, p, _ in got), got


@pytest.mark.parametrize("text", [
    "Vantor Thrust is headquartered in Bremen.",
    "The Vela satellite is located in a sun-synchronous orbit.",
])
def test_no_place_no_location(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" for _, p, _ in got), got
