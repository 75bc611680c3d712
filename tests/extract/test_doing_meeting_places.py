"""Where people meet, convene or sign is a place: an unknown name in their "in" phrase (doing.role_class,
lexicon MEETING_PLACE_VERBS, SIGN_VERBS)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("The agencies signed an agreement in Larnis on 30 April 2026.", "Larnis"),
    ("The council will convene in Ostrava in June.", "Ostrava"),
    ("The two ministers signed the accord in Tarvik on 2 March.", "Tarvik"),
])
def test_where_people_gather_or_sign_is_a_place(read, text, name):
    got = read(text)
    assert classes_of(got, name) & {"Place", "City"}, _seen(got)


def test_signing_place_locates_the_signing(read):
    got = read("The agencies signed an agreement in Larnis on 30 April 2026.")
    assert any(p == "locatedIn" and o == "Larnis" for _, p, o in triples(got)), triples(got)


@pytest.mark.parametrize("text, name", [
    ("Vindel will join in Auralis as a partner.", "Auralis"),
    ("Kestrel Dynamics will take part in Auralis as a partner.", "Auralis"),
])
def test_other_in_phrases_are_no_places(read, text, name):
    got = read(text)
    assert not classes_of(got, name) & {"Place", "City"}, _seen(got)
