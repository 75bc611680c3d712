"""A long signing sentence of two titled signers read right: "The President of the Korvan Space Agency (KSA), A,
and the President of the Vela Space Agency (VSA), B, today signed in Rome a letter of intent ..." (the parser made
the first "President" the sentence's root and "signed" a participle on it: a participle with an object is the
verb, clauses.clause_roots; and B the apposition of the first title: title_appositions.nearer_titles); the fields
listed after "in" ("in lunar exploration, Earth observation and space science": listed_field_items); "the meeting
between the two heads of agency held in Tokyo in October 2025" was held there then (reduced_relatives
.held_gatherings); "The signing, which took place at X in the presence of C," (events.locate_events, happenings
.witnesses). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_LETTER = ("The President of the Korvan Space Agency (KSA), Ana Ruiz, and the President of the Vela Space Agency "
           "(VSA), Ola Berg, today signed in Rome a letter of intent that paves the way for closer collaboration "
           "between the two agencies in lunar exploration, Earth observation and space science.")


def test_two_titled_signers_of_a_long_sentence(read):
    got = triples(read(_LETTER))
    letter = {(p, o) for s, p, o in got if s.startswith("letter")}
    assert {("signatory", "Ana Ruiz"), ("signatory", "Ola Berg"), ("signatory", "Korvan Space Agency"),
            ("signatory", "Vela Space Agency")} <= letter, sorted(got)
    assert {("Ana Ruiz", "headOf", "Korvan Space Agency"), ("Ola Berg", "headOf", "Vela Space Agency")} <= got


def test_the_fields_listed_after_in(read):
    got = triples(read(_LETTER))
    topics = {o for s, p, o in got if p == "topic" and s.startswith("letter")}
    assert {"lunar exploration", "Earth observation", "space science"} <= topics, sorted(got)


@pytest.mark.parametrize("text", [
    "The Vela probe, built by Orvik Space.",
    "The instrument operated by ESA since 2019.",
])
def test_a_caption_stays_a_noun_phrase(read, text):
    assert not any(p == "participant" for _, p, _ in triples(read(text)))


def test_a_meeting_held_in_a_place_and_month(read):
    ext = read("The signing follows the meeting between the two heads of agency held in Tokyo in October 2025.")
    got = triples(ext)
    assert any(s.startswith("meeting") and p == "locatedIn" and o == "Tokyo" for s, p, o in got), sorted(got)
    assert any(ext.entities[d.subject].label.startswith("meeting") and d.value == "2025-10" for d in ext.dates)


def test_a_signing_that_took_place_somewhere_before_onlookers(read):
    got = triples(read("ESA and JAXA signed an agreement in Rome on 3 May 2026. The signing, which took place at the "
                       "Vela Conference Centre in the presence of Ola Berg, follows talks held in Oslo."))
    signing = {(p, o) for s, p, o in got if s.startswith("signing")}
    assert {("participant", "Ola Berg"), ("locatedIn", "Vela Conference Centre")} <= signing, sorted(got)
