"""A visit to a body's seat ("ISRO headquarters", "ESA's premises": lexicon SEAT_NOUNS) is a visit to the body,
where the seat is (occurrences._seat_hosts); an agreement "reached" or "struck" is signed (SIGN_VERBS).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

JUNE = dt.date(2025, 6, 14)


def _meetings(got) -> list[str]:
    return [e.label for e in got.entities.values() if "Meeting" in e.classes]


@pytest.mark.parametrize("text, host, place", [
    ("CNES President Anna Lind visited ISRO headquarters in Bengaluru on 12 March.", "ISRO", "Bengaluru"),
    ("Minister Tomas Berg paid a visit to DLR's premises in Cologne on 2 May.",
     "DLR", "Cologne"),
    ("Minister Tomas Berg toured the JAXA campus in Tsukuba on 2 May.", "JAXA", "Tsukuba"),
])
def test_a_visit_to_a_seat_is_a_visit_to_its_body(read, text, host, place):
    got = read(text, date=JUNE)
    assert any({(m, "participant", host), (m, "locatedIn", place)} <= triples(got) for m in _meetings(got)), \
        sorted(triples(got))


def test_a_seat_of_no_named_body_adds_no_host(read):
    got = read("Minister Tomas Berg visited the company's headquarters in Cologne on 2 May.", date=JUNE)
    assert not [x for x in triples(got) if x[1] == "participant" and x[2] != "Tomas Berg"], sorted(triples(got))


@pytest.mark.parametrize("text", [
    "ISRO and CNES reached an agreement on climate monitoring in Bengaluru on 12 March.",
    "NASA and the Vela Space Agency struck an agreement in Paris on 3 May.",
])
def test_an_agreement_reached_or_struck_is_signed(read, text):
    got = read(text, date=JUNE)
    deals = [e.label for e in got.entities.values() if "Agreement" in e.classes]
    assert deals and [x for x in triples(got) if x[0] == deals[0] and x[1] == "signatory"], sorted(triples(got))


def test_reaching_orbit_signs_nothing(read):
    got = read("The Vela probe reached Mars orbit on 3 May.", date=JUNE)
    assert not [e for e in got.entities.values() if "Agreement" in e.classes]
