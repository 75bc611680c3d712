""""The document" signed after an agreement told of is that agreement (told_events.signed_document, lexicon
SIGNED_THING_NOUNS): its signers sign it; and a country a title names before a person's name is no part of the
name ("in the presence of the Korean Ambassador to Norway Park Min-jae": mentions._proper_chunks). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels, triples

_DAY = dt.date(2026, 3, 14)


def test_the_document_signed_is_the_agreement(read):
    got = triples(read("The Orvik Space Agency and the Vela Space Agency signed a memorandum of understanding on lunar "
                       "science in Lisbon on 9 March. OSA President Ana Lind and VSA President Jon Berg signed the "
                       "document in the presence of the two ministers.", date=_DAY))
    deals = {s for s, p, o in got if p == "signatory" and o == "Vela Space Agency"}
    assert deals and {(d, "signatory", "Ana Lind") in got for d in deals} == {True}, got
    assert any((d, "signatory", "Jon Berg") in got for d in deals), got


def test_a_document_with_no_agreement_before_signs_nothing(read):
    got = triples(read("OSA President Ana Lind signed the document in Lisbon on 9 March.", date=_DAY))
    assert not any(p == "signatory" for s, p, o in got), got


def test_country_in_a_title_is_no_part_of_the_name(read):
    got = labels(read("The agencies signed the accord in the presence of the Korean Ambassador to Norway Park "
                      "Min-jae.", date=_DAY))
    assert "Park Min-jae" in got and "Norway Park Min-jae" not in got, got
