"""dep:responsible-for on sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, agent", [
    ("DLR is responsible for the Zorlak camera on the Kestrel satellite.", "DLR"),
    ("The Kestrel satellite carries the Zorlak camera. DLR is in charge of the camera.", "DLR"),
    ("The Kestrel probe carries the Zorlak camera. CNES is responsible for the development of the Zorlak camera.",
     "CNES"),
    ("The Kestrel probe carries the Zorlak camera. The Vela Institute, which is responsible for building the "
     "Zorlak camera, is based in Bremen.", "Vela Institute"),
])
def test_responsible_charge_makes_the_provider(read, text, agent):
    facts = triples(read(text))
    assert {("Zorlak", "providedBy", agent), (agent, "contributesTo", "Kestrel")} <= facts, facts


@pytest.mark.parametrize("text", [
    "ESA is responsible for the Kestrel mission.",  # a mission is run, not made
    "DLR is responsible for the operations of the Columbus module.",  # operating makes nothing
    "The Kestrel probe carries the Zorlak camera. Dr. Anna Berg is responsible for the Zorlak camera.",  # a person
])
def test_responsible_no_provider_without_a_made_thing_and_an_organization(read, text):
    facts = triples(read(text))
    assert not any(p == "providedBy" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, fact", [
    ("The Tessera satellite will launch in 2027. The Kelmar Space Agency is responsible for the operations of "
     "Tessera.", ("Tessera", "operatedBy", "Kelmar Space Agency")),
    ("The Vela probe reached Mars. ESA is responsible for Vela's operations.", ("Vela", "operatedBy", "ESA")),
    ("Orbix GmbH, in charge of operating the Halden ground station, confirmed the contact.",
     ("Halden", "operatedBy", "Orbix GmbH")),
    ("CNES is responsible for the operation of the Orla and Lumen satellites.", ("Lumen", "operatedBy", "CNES")),
])
def test_a_charge_over_running_a_craft_makes_its_operator(read, text, fact):
    facts = triples(read(text))
    assert fact in facts, facts


@pytest.mark.parametrize("text", [
    "DLR is responsible for the operations of the ground segment.",  # a task, no craft named
    "The Tessera satellite will launch in 2027. Dr. Anna Berg is responsible for the operations of Tessera.",
])
def test_no_operator_without_a_run_thing_and_an_organization(read, text):
    facts = triples(read(text))
    assert not any(p == "operatedBy" for _, p, _ in facts), facts
