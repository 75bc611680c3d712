"""The first of two verbs joined by "and" that the tagger took for a plural noun after a name (verb_pairs.py):
the name acts in both clauses. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize("text, fact", [
    ("ESA runs and controls the Vela orbiter.", ("Vela", "operatedBy", "ESA")),
    ("The Kelp lander is ready. DLR runs and controls the lander.", ("Kelp", "operatedBy", "DLR")),
])
def test_the_name_acts(read, text, fact):
    got = triples(read(text, date=_DAY))
    assert fact in got, got


@pytest.mark.parametrize("text, word", [
    ("CNES teams and engineers met in Toulouse.", "teams"),
    ("The ESA satellites and the rover worked.", "satellites"),
])
def test_a_plural_noun_stays_a_noun(nlp, text, word):
    from presskg.extract.verb_pairs import paired_verbs
    from presskg.nlp import parse

    toks = paired_verbs(next(parse([text], nlp=nlp))).tokens
    assert next(t for t in toks if t.text == word).pos == "NOUN", [(t.text, t.pos, t.dep) for t in toks]
