"""A contract that seals a choice of builder is about what is built (rules/selections.py), on sentences
written for these tests: "X has been selected by KARI as the builder of Y, under a contract"."""

from ..helpers import triples


def test_rules_selected_builder_topic_builder_of(read):
    t = triples(read("Orbitec Systems has been selected by KARI as the builder of the Lyra-4 satellite, under a "
                     "contract worth 40 million euros."))
    assert ("contract", "topic", "Lyra-4") in {(s.split(" ")[0], p, o) for s, p, o in t}


def test_rules_selected_builder_topic_prime_contractor_for(read):
    t = triples(read("Orbitec Systems has been chosen by KARI as prime contractor for the Lyra-4 satellite under "
                     "a contract worth 40 million euros."))
    assert ("contract", "topic", "Lyra-4") in {(s.split(" ")[0], p, o) for s, p, o in t}


def test_rules_selected_builder_topic_a_partner_builds_nothing(read):
    t = triples(read("Orbitec Systems has been selected by KARI as its partner for the Lyra-4 satellite, under a "
                     "contract worth 40 million euros."))
    assert not any(p == "topic" for _, p, _ in t)
