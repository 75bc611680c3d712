"""A word the parser joins to the name of a portfolio's holder is the name's, not the portfolio's ("Italy's Minister
of Enterprises Adolfo Urso": portfolios._portfolio_end, lexicon PORTFOLIO_FIELDS), and a given name that spells an
acronym the knowledge base writes in capitals is no acronym ("Kari Lundvik" is not KARI: gazetteer._given_name),
while "Nasa Administrator" stays NASA. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels, triples

_DAY = dt.date(2026, 3, 14)


def test_given_name_after_a_portfolio(read):
    x = read("Norway's Minister of Enterprises Kari Lundvik visited the Andoya Spaceport on Tuesday.", date=_DAY)
    assert not any("Kari" in name and "Lundvik" not in name for name in labels(x)), labels(x)
    assert any(s == "Kari Lundvik" and p == "headOf" for s, p, o in triples(x)), triples(x)


def test_title_case_acronym_before_a_title_stays_the_agency(read):
    got = triples(read("Nasa Administrator Bill Nelson visited the Andoya Spaceport on Tuesday.", date=_DAY))
    assert ("Bill Nelson", "headOf", "NASA") in got, got
