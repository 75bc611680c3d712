"""A fronted adverbial set off by a comma is no modifier of the subject (extract/fronted_phrases.py, a parse
repair): after another sentence the parser read "In parallel, ESA and the Norwegian Space Agency signed" as one
phrase of "In", and the signing had no signatory. A place or a date the preposition really governs stays its
object. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_BEFORE = "The trainees were selected last year.\n\n"


@pytest.mark.parametrize("text, deal, parties", [
    ("In parallel, ESA and the Norwegian Space Agency signed an agreement with the University of Tromsø.",
     "agreement [t]", {"ESA", "Norwegian Space Agency", "University of Tromsø"}),
    ("In parallel, ESA and the Kestrian Space Agency signed a memorandum of understanding.", "memorandum [t]",
     {"ESA", "Kestrian Space Agency"}),
])
def test_the_subject_after_a_fronted_adverbial_signs(read, text, deal, parties):
    got = triples(read(_BEFORE + text))
    assert {o for s, p, o in got if s == deal and p == "signatory"} == parties, got


def test_the_subject_after_a_fronted_adverbial_opens(read):
    got = triples(read(_BEFORE + "In parallel, ESA and the Kestrian Space Agency opened a new training centre in "
                                 "Lorvik on 3 May 2024."))
    opened = {o for s, p, o in got if s.startswith("open") and p == "participant"}
    assert opened == {"ESA", "Kestrian Space Agency"}, got


@pytest.mark.parametrize("text, place", [
    ("In Toulouse, CNES and the University of Lorvik signed an agreement on 3 May 2024.", "Toulouse"),
    ("In Paris, France, CNES and the University of Lorvik signed an agreement on 3 May 2024.", "Paris"),
])
def test_a_fronted_place_stays_the_place(read, text, place):
    got = triples(read(_BEFORE + text))
    assert any(p == "locatedIn" and o == place for s, p, o in got), got
    assert not any(p == "signatory" and o == place for s, p, o in got), got
