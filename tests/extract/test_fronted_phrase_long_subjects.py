""""On the sidelines of the congress, ESA and the Ministry of Science of Kestovia signed an agreement": after a
fronted phrase the parser coordinates the first subject with a noun inside the phrase; the subject is recovered
also when its last conjunct ends on an "of" phrase of its own (lost_subjects._fronted_subjects), so the bodies
sign and cooperate. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, a, b", [
    ("On the sidelines of the congress, ESA and the Ministry of Science of Kestovia signed an agreement.",
     "ESA", "Ministry of Science of Kestovia"),
    ("In a separate memorandum of understanding, EUMETSAT and the Norvadian Ministry of Climate agreed to "
     "cooperate on climate monitoring.", "EUMETSAT", "Norvadian Ministry of Climate"),
])
def test_bodies_after_a_fronted_phrase_act_together(read, text, a, b):
    got = triples(read(text))
    assert (a, "partnerOf", b) in got or (b, "partnerOf", a) in got, sorted(got)


def test_the_signers_after_a_fronted_phrase_sign(read):
    got = triples(read("On the sidelines of the congress, ESA and the Ministry of Science of Kestovia signed an "
                       "agreement."))
    assert {o for s, p, o in got if p == "signatory"} == {"ESA", "Ministry of Science of Kestovia"}, sorted(got)


def test_a_fronted_phrase_noun_is_no_subject(read):
    got = triples(read("In the presence of the Minister of Science of Kestovia, ESA signed an agreement with NASA."))
    assert not any(p == "signatory" and "Kestovia" in o for s, p, o in got), sorted(got)
