""""X was joined by Y for a tour of the Z Centre", "X was accompanied by Y on a visit to Kourou", "X,
accompanied by Y, made a tour of Z": the gathering noun the clause went along for is the event both took part
in, and the place toured or visited is where it was (rules/companions.py; a Meeting noun's "of" place,
rules/occurrences.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, noun, place", [
    ("Later that day, JAXA President Kenji Moriyama was joined by Leonie Barrett for a tour of the Tsukuba Space "
     "Center.", "tour", "Tsukuba Space Center"),
    ("JAXA President Kenji Moriyama was accompanied by Leonie Barrett on a visit to the Tsukuba Space Center.",
     "visit", "Tsukuba Space Center"),
    ("ESA Director General Ingrid Falk was accompanied by Leonie Barrett on a visit to Kourou.", "visit", "Kourou"),
    ("JAXA President Kenji Moriyama, accompanied by Leonie Barrett, made a tour of the Tsukuba Space Center on 4 "
     "June 2026.", "tour", "Tsukuba Space Center"),
])
def test_both_take_part_in_the_visit_they_went_on(read, text, noun, place):
    got = triples(read(text))
    ev = {s for s, p, o in got if s.startswith(noun) and p == "participant" and o == "Leonie Barrett"}
    assert ev, got
    host = "Ingrid Falk" if "Falk" in text else "Kenji Moriyama"
    assert any((s, "participant", host) in got and (s, "locatedIn", place) in got for s in ev), got


def test_a_tour_of_a_place_is_located_there(read):
    got = triples(read("JAXA President Kenji Moriyama made a tour of the Tsukuba Space Center on 4 June 2026."))
    assert any(s.startswith("tour") and p == "locatedIn" and o == "Tsukuba Space Center" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "JAXA President Kenji Moriyama was joined by Leonie Barrett for the rest of the year.",
    "Leonie Barrett joined JAXA in 2019 on a five-year contract.",
])
def test_no_visit_without_a_gathering_noun(read, text):
    got = triples(read(text))
    assert not any(p in ("participant", "locatedIn") for s, p, o in got), got
