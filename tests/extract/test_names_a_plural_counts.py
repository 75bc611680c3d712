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


def test_two_names_the_model_read_as_one(read):
    """"two satellites, Orsa and Lumen,": the names a plural noun counts, not a firm named "Orsa and Lumen"."""
    found = triples(read("The Kestrel constellation comprises two satellites, Orsa and Lumen, built by Orbix."))
    assert {("Orsa", "partOf", "Kestrel"), ("Lumen", "partOf", "Kestrel")} <= found, sorted(found)


def test_a_participle_set_after_a_list_tells_of_each(read):
    """"A and B, built by X": both; "the X spectrometer, developed by LAM, and a camera": the spectrometer only."""
    found = triples(read("ESA ordered two satellites, Vela-A and Vela-B, built by Orbix."))
    assert {("Vela-A", "providedBy", "Orbix"), ("Vela-B", "providedBy", "Orbix")} <= found, sorted(found)
    found = triples(read("The mission carries the Zeta spectrometer, developed by Orbix, and a camera."))
    assert ("Zeta", "providedBy", "Orbix") in found
    assert not any(p == "providedBy" and s.startswith("camera") for s, p, _ in found), sorted(found)
