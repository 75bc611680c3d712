"""Samples held in a capsule or a canister, named by their matter ("the canister held 120 grams of material from the
asteroid Pelion": lexicon CONTAIN_VERBS, rules/materials.py), also when the craft is unnamed; samples named again
from the same body are the samples told before, unless two craft brought them back
(coreference._samples_of_one_body); "studied samples from the asteroid Ryugu" with "from" hung on the verb
(dep:sample-source); a sample canister is a craft that is opened (lexicon HEAD_CLASSES). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _samples(ext):
    return {e.key for e in ext.entities.values() if "Sample" in e.classes}


@pytest.mark.parametrize("text, body", [
    ("The canister held about 120 grams of material from the asteroid Pelion.", "Pelion"),
    ("The Orvik capsule contains dust from the comet Varga.", "Varga"),
    ("The capsule returned 120 grams of material from asteroid Pelion.", "Pelion"),
    ("Scientists studied samples from the asteroid Ryugu.", "Ryugu"),
])
def test_matter_a_craft_holds_or_brings_is_a_sample_from_its_body(read, text, body):
    got = triples(read(text))
    assert any(p == "sampleFrom" and o == body for _, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "The box contains material from the factory.",
    "Engineers received samples from JAXA.",
    "The team held talks with material scientists from ESA.",
])
def test_no_sample_from_a_place_or_a_body_that_is_no_world(read, text):
    got = triples(read(text))
    assert not any(p == "sampleFrom" for _, p, _ in got), sorted(got)


@pytest.mark.parametrize("text, count", [
    # matter named again from the same body a sentence later
    ("The capsule returned 120 grams of material from asteroid Pelion on 3 May. Scientists hope the capsule contains "
     "surface material from Pelion.", 1),
    ("The capsule returned material from asteroid Pelion on 3 May. The second probe holds dust from the comet Varga.",
     2),
    # samples of one body in two phrases, unless two craft brought them back
    ("The return capsule of the Orla mission landed in Woomera on 3 May 2026, carrying samples collected from the "
     "asteroid Ryugu. The capsule, carrying samples from Ryugu, was opened on 5 May 2026.", 1),
    ("The Orla probe returned samples from Ryugu in 2020. In 2023, the Vela probe returned samples from Ryugu.", 2),
])
def test_samples_told_again(read, text, count):
    ext = read(text)
    assert len(_samples(ext)) == count, sorted(triples(ext))


def test_a_sample_canister_is_opened(read):
    ext = read("The sample canister was opened at the Johnson Space Center on 18 October 2026.")
    got = triples(ext)
    assert any(p == "participant" and o.startswith("sample canister") for _, p, o in got), sorted(got)
    assert any(p == "locatedIn" and o == "Johnson Space Center" for _, p, o in got), sorted(got)
