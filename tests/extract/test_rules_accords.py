"""Agreements a clause names as its means (rules/accords.py, ACCORD_MEANS_VERBS): "formalised their partnership
with a memorandum", "entered into an agreement with B"; "a pact" is an agreement. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signers(result) -> set[str]:
    ents = result.entities
    return {ents[r.object].label for r in result.relations if r.predicate == "signatory"}


@pytest.mark.parametrize("text, parties", [
    ("The Orbis Institute entered into an agreement with the Kestrel Foundation on lunar geology.",
     {"Orbis Institute", "Kestrel Foundation"}),
    ("The Vela Space Agency and the Andean Space Commission formalised their partnership with a memorandum of "
     "understanding in Lima.", {"Vela Space Agency", "Andean Space Commission"}),
    ("The Vela Space Agency and the Tarsis Agency sealed their cooperation with a framework agreement.",
     {"Vela Space Agency", "Tarsis Agency"}),
    ("The Vela Space Agency strengthened its collaboration with the Orbis Institute through a framework "
     "agreement.", {"Vela Space Agency", "Orbis Institute"}),
    ("Norway and Chile cemented their ties through a new space treaty in 2024.", {"Norway", "Chile"}),
    ("The Vela Space Agency and the Tarsis Agency formalised their cooperation in a memorandum of understanding.",
     {"Vela Space Agency", "Tarsis Agency"}),
    ("Peru and the Andean Space Commission enshrined their partnership in an agreement.",
     {"Peru", "Andean Space Commission"}),
    ("The Orbis Institute and the Kestrel Foundation set out their collaboration in a letter of intent.",
     {"Orbis Institute", "Kestrel Foundation"}),
    ("The Tarsis Agency and the Helvetic Space Office signed a pact on lunar exploration.",
     {"Tarsis Agency", "Helvetic Space Office"}),
])
def test_the_parties_sign_the_agreement_of_the_clause(read, text, parties):
    got = read(text)
    assert parties <= _signers(got), triples(got)


@pytest.mark.parametrize("text", [
    "The Vigil satellite entered into orbit with a burn of its main engine.",
    "The agreement entered into force on 3 May 2024 with the approval of the Council.",
    "The Vela Space Agency confirmed the launch date with a statement from Lena Orsi.",
    "The Tarsis Agency and the Orbis Institute strengthened their cooperation in lunar geology in 2024.",
    "The Tarsis Agency set out its plans in a letter to the Orbis Institute.",
])
def test_no_agreement_or_no_party_signs_nothing(read, text):
    got = read(text)
    assert not {s for s in _signers(got) if s != "Vela Space Agency"} and not any(
        p == "signatory" and o == "Vela Space Agency" and "statement" in s for s, p, o in triples(got)), triples(got)
