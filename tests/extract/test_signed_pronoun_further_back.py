""""It was signed by A and B" takes back the agreement told of up to three sentences before, whatever was named in
between: only an agreement is signed (told_events.signed_pronoun, read by frame:signatory). Before, a sentence
about something else between the agreement and "It was signed" lost the signers and the place. A pronoun with
no agreement before it signs nothing. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples

_DEAL = "DLR signed a cooperation agreement with KIT on 30 October 2024 to set up a graduate school.\n\n"


def test_the_signers_of_it_sign_the_agreement_further_back(read):
    got = triples(read(_DEAL + "The graduate school will train 30 doctoral candidates.\n\n"
                       "It was signed in Karlsruhe by Anke Lind, Chair of DLR, and Jan Holm, President of KIT."))
    signed = {o for s, p, o in got if s.startswith("cooperation agreement") and p == "signatory"}
    assert {"Anke Lind", "Jan Holm"} <= signed, got
    assert any(s.startswith("signing") and p == "locatedIn" and o == "Karlsruhe" for s, p, o in got), got


def test_the_signers_of_it_after_a_sentence_on_a_centre(read):
    got = triples(read("ESA and the University of Lorvik signed a memorandum of understanding. The new centre will "
                       "open in 2026. It was signed by Anna Berg and Jan Holm."))
    signed = {o for s, p, o in got if s.startswith("memorandum") and p == "signatory"}
    assert {"Anna Berg", "Jan Holm"} <= signed, got


def test_no_agreement_before_it_signs_nothing(read):
    got = triples(read("ESA opened a new centre in Lorvik. The centre will train students. It was visited by Anna "
                       "Berg and Jan Holm."))
    assert not any(p == "signatory" for _, p, _ in got), got


def test_an_agreement_too_far_back_is_not_it(read):
    got = triples(read("ESA and NASA signed an agreement. The Vela mission will launch in 2026. Its rover will "
                       "land in 2027. The Lyra mission will follow in 2029. It was signed by Anna Berg."))
    assert not any(p == "signatory" and o == "Anna Berg" for _, p, o in got), got
