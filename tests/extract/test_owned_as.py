"""What an "as" phrase names is owned as its noun is: "ESA has selected Thalassa as its next Earth science mission"
has ESA run Thalassa, as "ESA's Thalassa mission" does (rules/relations.py, dep:possessive). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, owner", [
    ("ESA has selected Thalassa as its next Earth science mission.", "Thalassa", "ESA"),
    ("The Solvik Space Agency has selected Thalassa as its next mission.", "Thalassa", "Solvik Space Agency"),
    ("JAXA chose Kirin as its first lunar lander.", "Kirin", "JAXA"),
])
def test_what_is_taken_as_its_mission_is_run_by_the_owner(read, text, craft, owner):
    got = triples(read(text))
    assert (craft, "operatedBy", owner) in got, got


def test_a_person_taken_as_its_scientist_is_no_craft(read):
    got = triples(read("NASA named Ana Ruiz as its new chief scientist."))
    assert not any(p == "operatedBy" for _, p, _ in got), got
