"""A name of a designation's shape that is handed over, delivered, transferred, shipped, calibrated or retired
is a craft (lexicon DESIGNATED_MADE), and so takes part in the handover: "Varda-1 was handed over to EUMETSAT".
A bare word so handed says nothing of its kind. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text", [
    "Varda-1 was handed over to EUMETSAT.",
    "Following its commissioning, Varda-1 was handed over to EUMETSAT.",
    "Varda-1 will be transferred to EUMETSAT after commissioning.",
    "ESA handed over Varda-1 to EUMETSAT in October.",
])
def test_a_designation_handed_over_is_delivered_to_its_operator(read, text):
    got = triples(read(text))
    assert ("Varda-1", "deliveredTo", "EUMETSAT") in got, sorted(got)


@pytest.mark.parametrize("text, name", [
    ("Varda-2 was shipped to Kourou in May.", "Varda-2"),
    ("Varda-3 was decommissioned in 2025.", "Varda-3"),
])
def test_a_designation_shipped_or_retired_is_a_craft(read, text, name):
    got = read(text)
    assert "Spacecraft" in classes_of(got, name), sorted(labels(got))


@pytest.mark.parametrize("text, name", [
    ("Orvane was handed over to the Kelmar Institute in 2025.", "Orvane"),
    ("The report was transferred to the Kelmar Institute.", "report"),
])
def test_a_bare_word_handed_over_is_no_craft(read, text, name):
    got = read(text)
    assert not any("Spacecraft" in e.classes for e in got.entities.values() if name in e.label), \
        [(e.label, e.classes) for e in got.entities.values()]
