"""frame:award and the other party of frame:signatory, on sentences written for them: a contract given
or won is an agreement both parties sign, about what it is for."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


def _deal(result) -> tuple[set[str], set[str]]:
    ents = result.entities
    deals = [e for e in ents.values() if "Agreement" in e.classes]
    assert deals, {e.label: e.classes for e in ents.values()}
    rel = [(r.predicate, ents[r.object].label) for r in result.relations if r.subject == deals[0].key]
    return {o for p, o in rel if p == "signatory"}, {o for p, o in rel if p == "topic"}


@pytest.mark.parametrize("text, parties, topic", [
    ("ESA awarded OHB a contract to build the Lyra satellite.", {"ESA", "OHB"}, "Lyra"),
    ("On 30 August, ESA awarded a contract worth 45 million euros to OHB for the construction of the Lyra "
     "weather satellite.", {"ESA", "OHB"}, "Lyra"),
    ("Airbus has been awarded a contract by ESA to develop the Zephyr lander.", {"ESA", "Airbus"}, "Zephyr"),
    ("Thales Alenia Space won a contract from CNES for the Kestrel mission.", {"CNES", "Thales Alenia Space"},
     "Kestrel"),
    ("CNES has signed a contract with Thales Alenia Space for the Kestrel mission.", {"CNES", "Thales Alenia Space"},
     "Kestrel"),
    # a passive's receiver in a dative "to", and a deal inked
    ("The contract for the Lyra satellite was awarded to Orbix by ESA on 3 March.", {"ESA", "Orbix"}, "Lyra"),
    ("ESA and Orbix inked a deal on 3 March for the Lyra lander.", {"ESA", "Orbix"}, "Lyra"),
])
def test_awards_both_parties_sign(read, text, parties, topic):
    signed, topics = _deal(read(text, date=dt.date(2022, 9, 1)))
    assert parties <= signed, signed
    assert any(x.startswith(topic) for x in topics), topics


def test_awards_one_side_alone_signs_nothing(read):
    """"ESA awarded a contract for the Lyra satellite": no one named receives it, so nobody is said to sign."""
    result = read("ESA awarded a contract for the Lyra satellite.", date=dt.date(2022, 9, 1))
    assert not any(p == "signatory" for _, p, _ in triples(result)), triples(result)


def test_awards_a_prize_is_no_contract(read):
    result = read("The Royal Society awarded Anna Lind a prize for her work on the Lyra mission.",
                  date=dt.date(2022, 9, 1))
    assert not any(p == "signatory" for _, p, _ in triples(result)), triples(result)


@pytest.mark.parametrize("text, giver, taker", [
    ("The Marlow Space Agency awarded a contract to Korrin Aerospace for the Tavi satellite.",
     "Marlow Space Agency", "Korrin Aerospace"),
    ("CNES awarded a 12 million euro contract to OHB for the Tavi satellite.", "CNES", "OHB"),
    ("DLR awarded a EUR 8 million order to Airbus for the Tavi satellite.", "DLR", "Airbus"),
])
def test_rules_awards_a_contract_awarded_to_a_company_has_both_sign(read, text, giver, taker):
    t = triples(read(text))
    assert {o for s, p, o in t if p == "signatory"} >= {giver, taker}, t


def test_rules_awards_a_currency_code_names_no_contract(read):
    from ..helpers import labels

    assert "EUR" not in labels(read("DLR awarded a EUR 8 million order to Airbus for the Tavi satellite."))


@pytest.mark.parametrize("text, a, b", [
    ("Korrin Aerospace signed a subcontract with Ostmark Systems for the Tavi antennas.",
     "Korrin Aerospace", "Ostmark Systems"),
    ("OHB has signed a subcontract with Fennick Ltd to supply the solar arrays.", "OHB", "Fennick Ltd"),
])
def test_rules_awards_a_subcontract_is_an_agreement_both_sign(read, text, a, b):
    t = triples(read(text))
    assert {o for s, p, o in t if p == "signatory" and s.startswith("subcontract")} >= {a, b}, t


@pytest.mark.parametrize("text", [
    "A great deal of work remains before the launch of the Lyra satellite, ESA said.",
    "The Lyra mission taught ESA a great deal about Mars.",
])
def test_a_great_deal_is_no_agreement(read, text):
    got = read(text)
    assert not any("Agreement" in e.classes for e in got.entities.values()), got.entities
