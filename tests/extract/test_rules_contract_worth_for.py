""""A contract worth N for X": what the contract is for, though the parser hangs "for" on the amount
(rules/purposes.py, frame:signed-for), on sentences written for these tests."""

from ..helpers import triples


def test_rules_contract_worth_for_the_satellite(read):
    t = triples(read("KARI signed a contract worth 40 million euros with Orbitec Systems for the Lyra-4 satellite."))
    assert any(s.startswith("contract") and p == "topic" and o == "Lyra-4" for s, p, o in t)


def test_rules_contract_worth_for_a_time_is_no_topic(read):
    t = triples(read("KARI signed a contract worth 40 million euros with Orbitec Systems for five years."))
    assert not any(p == "topic" for _, p, _ in t)
