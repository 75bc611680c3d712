""""The agreement" takes back the memorandum, accord or arrangement told of before (lexicon GENERIC_NOUNS):
"agreement" names the class, as "instrument" does for a radar. Sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("first", ["a memorandum of understanding", "an accord", "a framework arrangement"])
def test_referents_the_agreement_is_the_document_signed_before(read, first):
    got = read(f"The Vela Space Agency and the Orla Space Agency signed {first} in Lisbon on 3 May 2024. "
               "The agreement covers satellite communications and space weather. It runs for five years.")
    agreements = [e for e in got.entities.values() if "Agreement" in e.classes]
    assert len(agreements) == 1, [e.label for e in agreements]
    topics = {o for s, p, o in triples(got) if s == agreements[0].label and p == "topic"}
    assert {"satellite communications", "space weather"} <= topics, sorted(triples(got))
