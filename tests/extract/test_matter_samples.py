"""Matter a clause brings back, named by its stuff and the body it is "of" ("grains of asteroid Orvo returned by the
Hikari-3 probe"), is a sample from that body (dep:sample-source, lexicon SAMPLE_MATTER_NOUNS), and the craft that
returned it targets the body (frame:sample-source-target); matter no clause brings back is no sample ("the rocks of
Mars"). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_grains_returned_are_a_sample_of_their_body(read):
    got = triples(read("Scientists found amino acids in grains of asteroid Orvo returned by the Hikari-3 probe."))
    assert {("grains from Orvo [t]", "sampleFrom", "Orvo"), ("Hikari-3", "returned", "grains from Orvo [t]"),
            ("Hikari-3", "target", "Orvo")} <= got, got


def test_matter_nobody_brings_back_is_no_sample(read):
    got = triples(read("Scientists study the rocks of Mars with the Hikari-3 orbiter."))
    assert not any(p == "sampleFrom" for _, p, _ in got), got
