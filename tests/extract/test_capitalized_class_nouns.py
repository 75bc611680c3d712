"""A class noun written with a capital after a determiner names nothing ("the latest CubeSat"), and a name set
beside it takes its class ("The latest CubeSat, RTU-Sat 3, was launched": a satellite, launched;
mentions.py). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, labels, triples


def test_a_capitalized_class_noun_is_no_name_and_types_its_apposition(read):
    ext = read("The latest CubeSat, Kelp-3, was launched on a Falcon 9 rocket in March 2025.")
    assert "CubeSat" not in labels(ext), sorted(labels(ext))
    assert "Satellite" in classes_of(ext, "Kelp-3"), sorted((e.label, sorted(e.classes)) for e in ext.entities.values())
    assert ("Kelp-3", "launchVehicle", "Falcon 9") in triples(ext), sorted(triples(ext))


def test_a_name_written_in_capitals_stays(read):
    ext = read("The GOSAT satellite was launched in 2009.")
    assert "GOSAT" in labels(ext), sorted(labels(ext))
