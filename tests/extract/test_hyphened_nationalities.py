"""A nationality hyphened to a participle qualifies the participle's noun ("the UK-built Orla satellite", "the
US-led Vela mission"), and a nation's combining form before a hyphen names its country ("the Franco-German MERLIN
satellite", "Sino-Brazilian": lexicon NATIONALITY_COMBINING_FORMS; rules/nationalities.py). "Indo-Pacific" and a
person named Franco name no country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, countries", [
    ("The UK-built Orla satellite was launched in 2024.", "Orla", {"United Kingdom"}),
    ("The US-led Vela mission will study Mars.", "Vela", {"United States"}),
    ("The Franco-German Tarn satellite will measure methane.", "Tarn", {"France", "Germany"}),
    ("The Sino-Brazilian Kelda-6 satellite was launched.", "Kelda-6", {"China", "Brazil"}),
])
def test_hyphened_nationalities(read, text, craft, countries):
    got = triples(read(text))
    assert {o for s, p, o in got if s == craft and p == "country"} == countries, sorted(got)


@pytest.mark.parametrize("text", [
    "The Indo-Pacific region saw a launch of the Orla satellite.",
    "Astronaut Franco Malerba flew on Atlantis.",
])
def test_no_country_from_a_region_or_a_given_name(read, text):
    got = triples(read(text))
    assert not any(p == "country" for _, p, _ in got), sorted(got)
