"""Backing told on a class noun said of a name: "Aldora is a CNES mission with contributions from DLR",
"Aldora, a CNES mission with the participation of ASI, ..." (rules/roles.py dep:with-participation): the
backers contribute to the name the noun describes. A person described so backs nothing, and an amount is no
backer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, backers, goal", [
    ("Aldora is a CNES mission with contributions from ESA, DLR and the Italian Space Agency.",
     ("ESA", "DLR", "ASI"), "Aldora"),
    ("Aldora is a CNES mission with participation from DLR.", ("DLR",), "Aldora"),
    ("Vela is an ESA mission with a contribution from NASA.", ("NASA",), "Vela"),
    ("Aldora, a CNES mission with contributions from DLR, was launched in 2019.", ("DLR",), "Aldora"),
    ("The Kelva probe is a JAXA mission with the participation of CNES.", ("CNES",), "Kelva"),
])
def test_backers_of_a_described_name_contribute_to_it(read, text, backers, goal):
    got = triples(read(text))
    for b in backers:
        assert (b, "contributesTo", goal) in got, got


@pytest.mark.parametrize("text", [
    "Aldora is a CNES mission with a budget of 300 million euros.",
    "Elena Varga is a scientist with support from ESA.",
])
def test_no_backer_no_contribution(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got
