"""A minister's portfolio written with "the" ("Minister of the Economy Lex Delles", "The Minister of the
Environment, Kari Holm,"): the ministry is named, its head is the person, and a name right after the portfolio
is a person, not part of a body's name (portfolios.py, titled_people.after_long_titles); "Minister of the
Republic" names no portfolio. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_a_portfolio_with_the_names_the_ministry_and_its_head(read):
    ext = read("Minister of the Economy Lex Delles signed the agreement with ESA. "
               "The Minister of the Environment, Kari Holm, welcomed it.")
    got = triples(ext)
    assert ("Lex Delles", "headOf", "Ministry of the Economy") in got, sorted(got)
    assert ("Kari Holm", "headOf", "Ministry of the Environment") in got, sorted(got)
    assert ("agreement [t]", "signatory", "Lex Delles") in got, sorted(got)
    assert "Economy Lex Delles" not in labels(ext)


def test_no_portfolio_of_the_republic(read):
    ext = read("Minister of the Republic Ola Berg spoke in Oslo.")
    assert not any(lab.startswith("Ministry") for lab in labels(ext)), sorted(labels(ext))
