"""A name mentioned again before a noun, which the tagger took for an adjective, is the name: "The Meridian mission
was launched in 2025. The Meridian consortium includes CNES, DLR and ASI." (extract/named_again.py). A word never
named before ("the Nordic countries") stays an adjective. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, members", [
    ("The Meridian mission was launched in 2025. The Meridian consortium includes CNES, DLR and ASI.",
     ("CNES", "DLR", "ASI")),
    ("The Meridian mission was launched in 2025. The Meridian team includes researchers from CNES and DLR.",
     ("CNES", "DLR")),
])
def test_members_of_a_named_again_crafts_team_contribute(read, text, members):
    got = triples(read(text))
    for m in members:
        assert (m, "contributesTo", "Meridian") in got, got


@pytest.mark.parametrize("text", [
    "The Nordic countries signed the agreement in Oslo.",
    "The Meridian consortium includes CNES and DLR.",
])
def test_a_word_not_named_before_names_nothing(read, text):
    got = read(text)
    assert not any(x in ("Nordic", "Meridian") for x in labels(got)), labels(got)
