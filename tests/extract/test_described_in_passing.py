"""A name told of only inside another's description is not what a later reference means ("X, a joint venture of A
and B, ... the company's plant": salience._in_description); a launch to come "from" a year, told by the second of two
joined verbs, is no event (tense.from_onwards). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_the_company_described_not_its_owners(read):
    got = triples(read("Orbix Space, a joint venture between Airbus (67%) and Safran (33%), has signed a contract "
                       "with ESA. The satellites will be integrated at the company's plant in Toulouse.", date=_DAY))
    assert any(p == "operatedBy" and o == "Orbix Space" for s, p, o in got), got
    assert not any(p == "operatedBy" and o in ("Airbus", "Safran") for s, p, o in got), got


def test_launches_to_come_from_a_year(read):
    got = triples(read("The Kelp satellites will be integrated in Rome and launched from 2027. The Orsa satellite "
                       "was built in Rome and launched in 2019.", date=_DAY))
    assert {o for s, p, o in got if p == "participant"} == {"Orsa"}, got
