"""Two classes from a written release of a student CubeSat (notes w24): a satellite deployed from a space station
was its cargo, not a part of it (rules/parts.py; "Huygens was released from Cassini" still is); a short name of
capitalized pieces of a long form's words in brackets is its alias ("Tallinn University of Technology
(TalTech)": acronyms.clipped). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_a_satellite_deployed_from_a_station_is_no_part_of_it(read):
    got = triples(read("The Ventus-1 satellite was deployed from the International Space Station on 7 April 2026."))
    assert not any(p == "partOf" for _, p, _ in got), got


def test_a_probe_released_from_its_carrier_is_its_part(read):
    got = triples(read("The Huygens probe was released from Cassini on 25 December 2004."))
    assert ("Huygens", "partOf", "Cassini") in got, got


def test_a_clipped_short_name_in_brackets_is_an_alias(read):
    ext = read("Ventus-1 was built by students at Tallinn University of Technology (TalTech) in Estonia. "
               "TalTech also runs a ground station in Tallinn.")
    assert "TalTech" not in labels(ext), labels(ext)
    assert ("ground station [t]", "operatedBy", "Tallinn University of Technology") in triples(ext), triples(ext)


def test_a_country_in_brackets_is_no_short_name(read):
    ext = read("The camera was built by Nordic Optics (Norway) and delivered in May 2026.")
    assert "Norway" in labels(ext), labels(ext)


def test_students_at_a_body_build_for_it(read):
    """"built by students at X" (lexicon WORKER_NOUNS gains student, technician): X is the maker."""
    got = triples(read("The Ventus-1 satellite was designed and built by students at Tallinn University of "
                       "Technology."))
    assert ("Ventus-1", "providedBy", "Tallinn University of Technology") in got, got
