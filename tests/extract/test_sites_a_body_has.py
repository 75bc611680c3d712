"""A body that has or maintains a site runs it (lexicon HAVE_SITE_VERBS; rules/own_sites.py): "ESA has a
technical centre in Noordwijk". "Have" of anything else (a history, a president), of sites counted in the
plural, or said of a person gives nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, site, body", [
    ("ESA has a technical centre in Noordwijk.", "technical centre [t]", "ESA"),
    ("The Meridian Space Agency is headquartered in Lisbon and has a technical centre in Porto.",
     "technical centre [t]", "Meridian Space Agency"),
    ("CNES maintains a ground station in Kourou.", "ground station [t]", "CNES"),
    ("Since 2015, DLR has had a test centre in Lampoldshausen.", "test centre [t]", "DLR"),
])
def test_a_site_a_body_has_is_its(read, text, site, body):
    got = triples(read(text))
    assert (site, "operatedBy", body) in got, got


@pytest.mark.parametrize("text", [
    "NASA has a long history of cooperation with Japan.",
    "CNES has a new president.",
    "DLR has 30 institutes and facilities at 13 sites in Germany.",
    "Anna Berg has a laboratory in Uppsala.",
])
def test_having_no_one_site_runs_none(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for _, p, _ in got), got
