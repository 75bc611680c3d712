"""A name holding "and" set beside its class noun ("operated by the French company Airbus Defence and Space") is
one name: the conjunct the parser made inside it is the name's, not a second name ("the Japanese GOSAT-1 and
GOSAT-2 satellites" still names two). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_company_with_and_in_its_name_operates(read):
    got = triples(read("The Pelagos-2 satellite, operated by the French company Airbus Defence and Space, imaged "
                       "the area."))
    assert ("Pelagos-2", "operatedBy", "Airbus Defence and Space") in got, sorted(got)


def test_two_names_under_one_noun_stay_two(read):
    got = triples(read("JAXA operates the Japanese Kelva-1 and Kelva-2 satellites."))
    assert {("Kelva-1", "operatedBy", "JAXA"), ("Kelva-2", "operatedBy", "JAXA")} <= got, sorted(got)
