"""A given name the tagger took for a preposition opening a clause with no subject ("Per Lund, Director General
of X, signed ...") is the first word of the subject's name: the person signs and heads X. A preposition opening a
clause that has a subject stays one ("In Paris, CNES signed a contract"). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_a_given_name_read_as_a_preposition(read):
    x = read("Per Lund, Director General of the Nordavia Space Agency, signed the agreement with ESA.")
    found = triples(x)
    assert "Per Lund" in labels(x)
    assert ("Per Lund", "headOf", "Nordavia Space Agency") in found, sorted(found)
    assert any(p == "signatory" and o == "Per Lund" for _, p, o in found), sorted(found)


def test_a_preposition_before_a_subject_stays_one(read):
    x = read("In Paris, CNES signed a contract with Orbix.")
    assert "In Paris" not in labels(x) and "Paris" in labels(x)
    assert any(p == "signatory" and o == "CNES" for _, p, o in triples(x))
