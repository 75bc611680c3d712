"""A participle of discussion hung on the "of" noun of an agreement's name covers the agreement: "a memorandum of
understanding covering X", "a letter of intent concerning Y" (told_events.participle_deals, frame:covers-topic;
session 36). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, topics", [
    ("CNES and ISRO signed a letter of intent covering the Gaganyaan programme and TRISHNA.", {"Gaganyaan", "TRISHNA"}),
    ("CNES and ISRO signed a memorandum of understanding concerning the Kelda mission.", {"Kelda"}),
])
def test_the_of_phrase_participle_gives_the_agreements_topics(read, text, topics):
    got = triples(read(text))
    assert topics <= {o for s, p, o in got if p == "topic"}, got


def test_a_letter_that_is_no_agreement_has_no_topic(read):
    got = triples(read("The minister signed a letter of thanks covering the Kelda mission."))
    assert not any(p == "topic" for _, p, _ in got), got
