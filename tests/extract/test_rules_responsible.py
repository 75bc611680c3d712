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
