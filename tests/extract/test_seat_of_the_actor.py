"""A site "its" names in the phrase of where the clause's action happens is the clause subject's: "NASA will
track the ESA probe from its station in Goldstone", "Nordlink Systems will support CNES satellites from its
station in Svalbard" (owned_seats.seat_actor, read by antecedents.py). The body named in the object was taken
for the owner. With no body as subject, the owner is read as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, owner, other", [
    ("NASA will track the ESA probe from its station in Goldstone.", "NASA", "ESA"),
    ("Nordlink Systems will support CNES satellites from its station in Svalbard.", "Nordlink Systems", "CNES"),
    ("KSAT will download data from ESA's satellites at its station in Svalbard.", "KSAT", "ESA"),
])
def test_the_site_the_subject_acts_from_is_the_subjects(read, text, owner, other):
    got = triples(read(text))
    assert ("station [t]", "operatedBy", owner) in got, got
    assert ("station [t]", "operatedBy", other) not in got, got


@pytest.mark.parametrize("text, owner", [
    ("ESA's Vela probe will be controlled from its centre in Darmstadt.", "ESA"),
    ("The Zeltan Meteorological Service will receive data from Meteora-3 at its ground station in Brask.",
     "Zeltan Meteorological Service"),
])
def test_without_a_body_subject_the_owner_is_read_as_before(read, text, owner):
    got = triples(read(text))
    assert any(p == "operatedBy" and o == owner and s.endswith("[t]") for s, p, o in got), got
