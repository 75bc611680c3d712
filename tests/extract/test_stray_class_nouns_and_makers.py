"""A class noun the parser hung on the verb after an unknown name ("ESA will supply the Lumen orbiter.": "orbiter" an
adverb of "supply") heads the name's phrase (noun_verbs.stray_class_nouns); the subject of a verb of making whose
object is a made thing is a body (makers.subject_maker). Sentences written for these tests."""

from __future__ import annotations

import pytest

from presskg.extract.noun_verbs import stray_class_nouns
from presskg.nlp import parse

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name, cls, maker", [
    ("ESA will supply the Lumen orbiter.", "Lumen", "Probe", "ESA"),
    ("NASA will provide the Tarsa rover.", "Tarsa", "Rover", "NASA"),
    ("CNES will build the Orla satellite.", "Orla", "Satellite", "CNES"),
])
def test_a_class_noun_after_a_name_types_it(read, text, name, cls, maker):
    got = read(text)
    assert cls in classes_of(got, name), classes_of(got, name)
    assert (name, "providedBy", maker) in triples(got), triples(got)


def test_the_repair_leaves_an_adverb_that_is_no_class_noun():
    (p,) = parse(["ESA will launch the Lumen soon."])
    assert [t.dep for t in stray_class_nouns(p).tokens] == [t.dep for t in p.tokens]


@pytest.mark.parametrize("text, maker, thing", [
    ("Marlow designed the Corva satellite's camera.", "Marlow", "camera of Corva [t]"),
    ("Teskar will manufacture the Lumen probe's star trackers.", "Teskar", "star trackers of Lumen [t]"),
])
def test_the_subject_of_a_verb_of_making_a_thing_is_a_body(read, text, maker, thing):
    got = read(text)
    assert "Organization" in classes_of(got, maker), classes_of(got, maker)
    assert (thing, "providedBy", maker) in triples(got), triples(got)
