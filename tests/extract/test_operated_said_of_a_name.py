"""A participle on a class noun a copula says of a name tells of the name: "Vela is a mission operated by ESA",
"Euclid is a European mission, built and operated by ESA" (rules/actions.py frame:operator through
suppliers._said_of, as frame:supply reads "Vela is a satellite built by OHB"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, org", [
    ("Vela is a mission operated by ESA.", "Vela", "ESA"),
    ("Euclid is a European mission, built and operated by ESA, with contributions from NASA.", "Euclid", "ESA"),
    ("The Kelva satellite is a spacecraft run by the Norvian Space Agency.", "Kelva", "Norvian Space Agency"),
])
def test_the_operator_of_the_described_noun_operates_the_name(read, text, craft, org):
    assert (craft, "operatedBy", org) in triples(read(text))


def test_a_person_described_runs_nothing(read):
    got = triples(read("Anna Berg is a scientist who runs the lab."))
    assert not any(p == "operatedBy" for _, p, _ in got), got
