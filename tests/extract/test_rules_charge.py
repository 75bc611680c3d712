"""dep:in-charge-of on sentences written for it: an agency in charge of a craft, mission or event
contributes to it; a person in charge, or operations, say nothing here."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, what", [
    ("China will take charge of the Vela mission.", "China", "Vela"),
    ("JAXA is in charge of the Zephyr orbiter.", "JAXA", "Zephyr"),
    ("The Vela mission will be NASA's responsibility.", "NASA", "Vela"),
    ("ISRO has responsibility for the Zephyr satellite.", "ISRO", "Zephyr"),
])
def test_rules_charge_wordings(read, text, who, what):
    assert (who, "contributesTo", what) in triples(read(text))


def test_rules_charge_of_an_event(read):
    result = read("ESA is responsible for the launch of the Vela probe.")
    launches = {e.key for e in result.entities.values() if "Launch" in e.classes}
    esa = next(e.key for e in result.entities.values() if e.label == "ESA")
    assert any(r.subject == esa and r.predicate == "contributesTo" and r.object in launches
               for r in result.relations)


@pytest.mark.parametrize("text", [
    "Anna Lyra, the minister responsible for the Vela Space Agency, spoke.",
    "JAXA is responsible for the operations of the Zephyr orbiter.",
    "Anna Lyra is in charge of the Vela mission.",
])
def test_rules_charge_not_people_nor_operations(read, text):
    facts = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in facts), facts
