"""A place inside a phrase that sets another event before or after the clause's ("signed the agreement on 3 May,
following a meeting in Tokyo", "after talks in Tokyo") is that other event's, not where the agreement was signed
(lexicon SEQUENCE_WORDS; referents.clause_locatives). The clause's own place ("signed ... in Paris", "signed an
agreement on Orla in Tokyo", "during a meeting in Tokyo") still places it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

JUNE = dt.date(2024, 6, 12)


def _signing_places(got) -> set[str]:
    return {o for s, p, o in triples(got) if p == "locatedIn" and s.startswith("signing")}


@pytest.mark.parametrize("text, places", [
    ("ESA and JAXA signed the agreement on 3 May, following a meeting of the two agencies in Tokyo in 2022.", set()),
    ("ESA and JAXA signed the agreement on 3 May after talks in Tokyo.", set()),
    ("ESA and JAXA signed the agreement on 3 May, after a meeting in Tokyo.", set()),
    ("ESA and JAXA signed the agreement in Paris on 3 May, following a workshop in Tokyo.", {"Paris"}),
    ("CNES and ISRO signed the arrangement on 3 May, ahead of a conference in Bengaluru.", set()),
])
def test_a_place_of_an_event_before_or_after_is_not_the_signing_s(read, text, places):
    assert _signing_places(read(text, date=JUNE)) == places


@pytest.mark.parametrize("text", [
    "ESA and JAXA signed an agreement on Orla in Tokyo on 3 May.",
    "Following the agreement signed in Tokyo on 3 May, ESA will fund the Orla mission.",
])
def test_the_clause_s_own_place_still_places_it(read, text):
    assert _signing_places(read(text, date=JUNE)) == {"Tokyo"}
