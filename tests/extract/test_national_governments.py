"""Governments told by coordinated nationality adjectives stand for their states ("The Japanese and Indian
governments signed an agreement": Japan and India sign; groups.governments_of), as "the governments of Japan and
India" do; "the local governments" name no state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Japanese and Indian governments signed an agreement on lunar exploration.",
    "The governments of Japan and India signed an agreement.",
])
def test_the_states_sign(read, text):
    got = triples(read(text))
    assert {o for s, p, o in got if p == "signatory"} >= {"Japan", "India"}, got


def test_local_governments_name_no_state(read):
    got = read("The local and regional governments signed an agreement with the agency.")
    ents = got.entities
    assert not any(r.predicate == "signatory" and "Country" in ents[r.object].classes for r in got.relations), \
        triples(got)
