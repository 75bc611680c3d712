""""at JAXA's Tokyo office", "visited CNES's Toulouse site": a body's seat (lexicon SEAT_NOUNS) named by its town
places what happens there in that town (referents.places_in), for a signing as for a visit. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, town", [
    ("The agreement was signed at JAXA's Tokyo office on Monday.", "Tokyo"),
    ("ESA and JAXA signed the memorandum at CNES's Toulouse site on 4 May.", "Toulouse"),
    ("The accord was signed at the agency's Bengaluru headquarters in June 2025.", "Bengaluru"),
])
def test_a_signing_at_a_seat_named_by_its_town_is_in_the_town(read, text, town):
    got = triples(read(text))
    assert any(s.startswith("signing") and p == "locatedIn" and o == town for s, p, o in got), got


@pytest.mark.parametrize("text, town, host", [
    ("The delegation visited JAXA's Tsukuba office.", "Tsukuba", "JAXA"),
    ("Minister Anna Berg visited DLR's Bremen site on Tuesday.", "Bremen", "DLR"),
])
def test_a_visit_to_a_seat_named_by_its_town_is_in_the_town(read, text, town, host):
    got = triples(read(text))
    assert any(p == "locatedIn" and o == town for _, p, o in got), got
    assert any(p == "participant" and o == host for _, p, o in got), got


@pytest.mark.parametrize("text", [
    "The agreement was signed at the Artemis office on Monday.",  # a seat's own name, no town
    "ESA and JAXA signed the memorandum at the agency's main site on 4 May.",
])
def test_a_seat_without_a_town_places_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "locatedIn" and s.startswith("signing") for s, p, _ in got), got
