"""A craft's verb in the present tense that the tagger took for a plural noun ("The Lyra mission studies
Venus") is read as the clause's verb: the craft's target, and the craft typed by its own class noun
(clauses._verb_taken_for_noun, lexicon STUDY_VERBS)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Kite probe studies Jupiter and its moons.", "Kite", "Jupiter"),
    ("The Vesper orbiter images Mars every day.", "Vesper", "Mars"),
    ("The Lyra mission studies Venus.", "Lyra", "Venus"),
    ("The Selka lander surveys Mercury from its south pole.", "Selka", "Mercury"),
    ("The Orla satellite monitors Europa.", "Orla", "Europa"),
])
def test_present_tense_verb_taken_for_a_noun_gives_the_target(read, text, craft, body):
    got = read(text)
    assert (craft, "target", body) in triples(got), triples(got)


@pytest.mark.parametrize("text, craft, cls", [
    ("The Vesper orbiter images Mars every day.", "Vesper", "Probe"),
    ("The Orla satellite monitors Europa.", "Orla", "Satellite"),
])
def test_craft_keeps_its_class_noun(read, text, craft, cls):
    got = read(text)
    assert classes_of(got, craft) == {cls}, [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text", [
    "The mission surveys of Mars ended in 2019.",
    "Lyra mission images of Venus.",
])
def test_plural_noun_stays_a_noun(read, text):
    got = read(text)
    assert not any(p == "target" for _, p, _ in triples(got)), triples(got)
