"""The parties of an agreement named after a copula whose subject is the party noun ("The parties to the agreement
are ESA, CNES and DLR": rules/joined_agreements.py) sign it; a party noun with no names set equal to it names none.
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_names_the_parties_are_sign(read):
    got = triples(read("The parties to the agreement are ESA, CNES and DLR."))
    assert {o for s, p, o in got if p == "signatory" and s.startswith("agreement")} == {"ESA", "CNES", "DLR"}, \
        sorted(got)


def test_parties_that_do_something_else_sign_nothing(read):
    got = triples(read("The parties discussed the agreement with ESA."))
    assert not any(p == "signatory" for _, p, _ in got), sorted(got)
