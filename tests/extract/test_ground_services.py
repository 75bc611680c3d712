"""Ground-segment services: a body that tracks a craft, or provides a service for it, takes part in running it
(lexicon stakes.toml JOIN_VERBS gains "track"; rules/roles.py frame:joins-mission reads a passive's agent
too), and a one-word name that provides or offers a service is a body (roles.toml TRANSITIVE_SUBJECTS "provide
service"). Tracking a celestial body or debris says nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, what", [
    ("Under the contract, Nordlink Systems will track the Helion-25 satellite from its Skarvik station.",
     "Nordlink Systems", "Helion-25"),
    ("The Helion-25 satellite will be tracked by Nordlink Systems from Skarvik.", "Nordlink Systems", "Helion-25"),
    ("The Vela mission is backed by JAXA.", "JAXA", "Vela"),
])
def test_who_tracks_or_backs_a_craft_contributes_to_it(read, text, who, what):
    got = triples(read(text))
    assert (who, "contributesTo", what) in got, got


@pytest.mark.parametrize("text", [
    "Nordlink will provide tracking services for the Helion satellites from its station in Svalbard.",
    "Nordlink will provide tracking services to the Helion mission.",
])
def test_a_one_word_service_provider_is_a_body_that_contributes(read, text):
    got = triples(read(text))
    assert ("Nordlink", "contributesTo", "Helion") in got, got


def test_the_providers_own_station_is_run_by_it(read):
    got = triples(read("Nordlink will provide tracking services for the Helion satellites from its station in "
                       "Svalbard."))
    assert ("station [t]", "operatedBy", "Nordlink") in got, got


@pytest.mark.parametrize("text", [
    "ESA will track the asteroid Apophis during its flyby.",
    "The radar tracked debris from the Orbis-3 satellite.",
])
def test_tracking_no_craft_says_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for s, p, o in got), got
