"""An agreement told of inside a noun phrase ("the signing of a framework agreement between A and B") is made by
a later stage than a clause's "the agreement" after it; the two are one agreement, which has the clause's topic
(coreference.MADE holds agreements). A definite agreement narrowed by its own phrase is another one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _agreements(got) -> list[str]:
    return sorted(e.label for e in got.entities.values() if "Agreement" in e.classes)


@pytest.mark.parametrize("text, agreement, topic", [
    ("The visit comes after the signing of a framework agreement between CNES and DLR. The agreement covers space"
     " weather.", "framework agreement [t]", "space weather"),
    ("It follows the conclusion of a cooperation agreement between ESA and the University of Tromsø. The agreement"
     " covers space weather.", "cooperation agreement [t]", "space weather"),
    ("The delegation attended the signature of a memorandum of understanding between JAXA and CNES. The"
     " memorandum covers lunar exploration.", "memorandum [t]", "lunar exploration"),
])
def test_the_agreement_is_the_one_the_noun_phrase_told_of(read, text, agreement, topic):
    got = read(text)
    assert len(_agreements(got)) == 1, _agreements(got)
    assert (agreement, "topic", topic) in triples(got), triples(got)


def test_an_agreement_narrowed_by_its_phrase_is_another(read):
    got = read("The visit comes after the signing of a framework agreement between CNES and DLR. The agreement"
               " between NASA and ESA covers lunar exploration.")
    assert len(_agreements(got)) == 2, _agreements(got)
