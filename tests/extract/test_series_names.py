"""A name ending with a noun of a programme or a series of craft (lexicon PROGRAMME_NOUNS: "the Kelva Next
Generation series") is a mission, as a programme is, not a body that would operate its satellites
(head_nouns.head_noun_class). A series of tests names nothing. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, labels, triples


def test_a_series_of_satellites_is_a_mission_the_satellite_is_part_of(read):
    got = read("Kelva-3, the first satellite of the Kelva Next Generation series, was launched on 3 May 2026.")
    assert classes_of(got, "Kelva Next Generation series") == {"Mission"}, sorted(labels(got))
    assert not any(p == "operatedBy" for s, p, o in triples(got)), sorted(triples(got))
    assert ("Kelva-3", "partOf", "Kelva Next Generation series") in triples(got), sorted(triples(got))


def test_a_series_of_tests_names_nothing(read):
    got = read("NASA ordered a series of tests.")
    assert labels(got) == {"NASA"}, sorted(labels(got))
