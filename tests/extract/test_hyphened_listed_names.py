"""Names listed after a counted plural noun and a comma are what the noun counts, also when each is written with a
hyphen the tokenizer splits ("two satellites, Vela-A and Vela-B"): the mission that consists of the satellites
has both as parts, and no described "two satellites" stands in for them. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_hyphened_names_listed_after_a_plural(read):
    x = read("The Vela-Duo mission consists of two satellites, Vela-A and Vela-B, built by Orbix.")
    found = triples(x)
    assert {("Vela-A", "partOf", "Vela-Duo"), ("Vela-B", "partOf", "Vela-Duo")} <= found, sorted(found)
    assert not any(label.startswith("two satellites") for label in labels(x)), sorted(labels(x))


def test_one_word_names_as_before(read):
    found = triples(read("The Kestrel constellation comprises two satellites, Tessa-1 and Tessa-2, built by Orbix."))
    assert {("Tessa-1", "partOf", "Kestrel"), ("Tessa-2", "partOf", "Kestrel")} <= found, sorted(found)
