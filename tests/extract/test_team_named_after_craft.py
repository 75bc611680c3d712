"""A consortium or team named after a craft works on it: "the Vela consortium includes CNES, DLR and ASI", "the
Kelva instrument team includes engineers from CNES and DLR", "the Vela science team includes researchers from
ESA" (rules/consortia.py dep:consortium-members, through the craft's name in front). A team named after a body
("the CNES team") works on no craft. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, members, craft", [
    ("The Vela mission was launched in 2025. The Vela consortium includes CNES, DLR and ASI.",
     ("CNES", "DLR", "ASI"), "Vela"),
    ("The Kelva probe was launched in 2025. The Kelva instrument team includes engineers from CNES and DLR.",
     ("CNES", "DLR"), "Kelva"),
    ("The Vela mission was launched in 2025. The Vela science team includes researchers from ESA.", ("ESA",), "Vela"),
])
def test_members_of_a_crafts_team_contribute_to_it(read, text, members, craft):
    got = triples(read(text))
    for m in members:
        assert (m, "contributesTo", craft) in got, got


@pytest.mark.parametrize("text", [
    "The Kelva probe was launched in 2025. The CNES team includes engineers from Thales and Airbus.",
    "The Vela mission was launched in 2025. The European consortium includes CNES and DLR.",
])
def test_a_team_named_after_no_craft_works_on_none(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got


@pytest.mark.parametrize("text, members, craft", [
    ("The Vela mission was launched in 2025. The Vela science team brings together researchers from CNES and DLR.",
     ("CNES", "DLR"), "Vela"),
    ("The Kelva probe was launched in 2025. The Kelva consortium brings together ASI and the Kelmar Institute.",
     ("ASI", "Kelmar Institute"), "Kelva"),
])
def test_who_a_crafts_team_brings_together_contributes(read, text, members, craft):
    got = triples(read(text))
    for m in members:
        assert (m, "contributesTo", craft) in got, got


def test_a_consortium_of_no_craft_brings_no_contributor(read):
    got = triples(read("The consortium brings together CNES and DLR."))
    assert not any(p == "contributesTo" for _, p, _ in got), got
