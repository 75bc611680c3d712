"""A one-word name unknown to the knowledge base that is the "with" party of an agreement signed or concluded
is a body and a signatory (lexicon roles.toml RECIPIENTS, as "sign contract" already was): "ESA has signed a
framework agreement with Norvanta" had the model's guess, a place, and no second signatory. A known country
keeps its class; who signs stays untyped by it (test_doing.py: "Halvorsen signed the agreement"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, deal, first", [
    ("ESA has signed a framework agreement with Norvanta.", "framework agreement [t]", "ESA"),
    ("CNES concluded an agreement with Norvanta.", "agreement [t]", "CNES"),
    ("ESA has signed an arrangement with Norvanta.", "arrangement [t]", "ESA"),
])
def test_an_unknown_party_to_an_agreement_signs_it(read, text, deal, first):
    got = read(text)
    assert "Place" not in classes_of(got, "Norvanta"), classes_of(got, "Norvanta")
    assert (deal, "signatory", "Norvanta") in triples(got), triples(got)
    assert (deal, "signatory", first) in triples(got), triples(got)


def test_a_dated_agreement_with_an_unknown_party(read):
    got = triples(read("ESA signed an agreement with Norvanta on 4 May."))
    assert any(p == "signatory" and o == "Norvanta" for s, p, o in got), got


def test_a_known_country_stays_a_country(read):
    got = read("ESA has signed a cooperation agreement with Turkey.")
    assert classes_of(got, "Turkey") == {"Country"}, classes_of(got, "Turkey")
    assert ("cooperation agreement [t]", "signatory", "Turkey") in triples(got), triples(got)
