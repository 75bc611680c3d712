"""A contract that seals a choice (rules/selections.py)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, chooser, chosen", [
    ("Vexel Orbital has been selected by the European Space Agency, ESA, as the builder of the new Corvid "
     "satellite, under a contract with a value of 300 million euros.", "ESA", "Vexel Orbital"),
    ("CNES chose Orbivex GmbH under a contract worth 12 million euros.", "CNES", "Orbivex GmbH"),
])
def test_rules_selections_chooser_and_chosen_sign_the_contract(read, text, chooser, chosen):
    t = triples(read(text))
    signers = {o for s, p, o in t if p == "signatory" and s.startswith("contract")}
    assert {chooser, chosen} <= signers, t


def test_rules_selections_a_choice_without_a_contract_signs_nothing(read):
    t = triples(read("Vexel Orbital has been selected by ESA as the builder of the Corvid satellite."))
    assert not any(p == "signatory" for s, p, o in t), t


def test_rules_selections_a_person_chosen_under_a_contract_does_not_sign(read):
    t = triples(read("ESA selected Dr. Anna Lind under a contract with the university."))
    assert not any(p == "signatory" and o == "Anna Lind" for s, p, o in t), t
