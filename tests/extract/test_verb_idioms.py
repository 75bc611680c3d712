"""A verb, "to" and a noun that together mean one verb ("came to rest on the surface of Titan": landed), whether
the parser reads the noun as a noun or as an infinitive (lexicon VERB_IDIOMS, frames._idiom); "its" in a
prepositional phrase of the predicate is not bound to the subject ("came to rest on its surface"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Vela probe came to rest safely on the surface of Titan.",
    "The Vela probe came to rest on the surface of Titan on 14 January.",
    "The Vela probe today made a descent and came to rest on the surface of Titan.",
])
def test_coming_to_rest_on_a_world_is_landing_on_it(read, text):
    got = read(text)
    assert ("Vela", "landedOn", "Titan") in triples(got), triples(got)


def test_coming_to_rest_elsewhere_is_no_landing(read):
    got = read("The talks came to an end on Monday in Paris.")
    assert not any(p == "landedOn" for s, p, o in triples(got)), triples(got)


@pytest.mark.parametrize("text, pair", [
    ("ESA and JAXA have joined forces to study Venus.", ("ESA", "JAXA")),
    ("CNES joined forces with ISRO to build the Orla satellite.", ("CNES", "ISRO")),
])
def test_joined_forces_is_cooperating(read, text, pair):
    """"joined forces": a verb and its object that mean one verb (lexicon VERB_IDIOMS, two words)."""
    got = triples(read(text))
    assert (pair[0], "partnerOf", pair[1]) in got or (pair[1], "partnerOf", pair[0]) in got, sorted(got)
