""""The event", "the occasion", bare and definite, is the event just told of, as "the ceremony" is: "X
inaugurated a station in Kiruna on 7 May. The event was attended by A": A took part in the inauguration
(lexicon nouns "event", "occasion" are Event; coreference._event_anaphors joins them). An indefinite "an
event", or one a phrase narrows ("the event in Paris next year"), is no such anaphor. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples

_OPENED = "Orvane Ground Networks inaugurated a new ground station in Kiruna on 7 May 2026. "
_SIGNED = "JAXA and Morrow Aerospace signed a memorandum of understanding on 3 June 2026 in Tokyo. "


@pytest.mark.parametrize("text, who", [
    (_OPENED + "The Finnish Space Office and Nordlys Instruments also took part in the event.", "Nordlys Instruments"),
    (_OPENED + "The event was attended by the Swedish Minister for Education, Karin Almqvist.", "Karin Almqvist"),
    (_OPENED + "The Finnish Space Office also attended the event.", "Finnish Space Office"),
    (_SIGNED + "Representatives of CNES also attended the occasion.", "CNES"),
])
def test_the_event_is_the_one_just_told(read, text, who):
    got = triples(read(text))
    assert any(p == "participant" and o == who and (s.startswith("inaugurat") or s.startswith("signing"))
               for s, p, o in got), got


def test_the_event_takes_the_place_of_the_signing(read):
    got = triples(read(_SIGNED + "The agreement was signed by Kenji Moriyama and Leonie Barrett. "
                                 "The event took place at the Tsukuba Space Center."))
    assert any(s.startswith("signing") and p == "locatedIn" and o == "Tsukuba Space Center" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "In the event of a failure, the backup system of the Lyra satellite takes over.",
])
def test_no_event_of_a_bare_word(read, text):
    got = read(text)
    assert not any(r.predicate == "participant" for r in got.relations), triples(got)
    assert "event" not in labels(got) or not any(r.predicate in ("locatedIn", "participant") for r in got.relations)
