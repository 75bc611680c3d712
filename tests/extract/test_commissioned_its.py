""""its" in a task one body hands another is the giver's: "Helion Communications selected Halvik Launch Systems
to launch its Lumo-2 satellite", "EUMETSAT has awarded Halvik Launch Systems a contract to launch its Lumo-2
satellite", "Halvik Launch Systems was selected by Helion Communications to launch its ..." (lexicon
COMMISSION_VERBS, extract/commissions.py): the satellite is run by the customer, not by the launch provider named
just before "its". Without a commissioning verb, "its" stays the subject's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, owner, contractor", [
    ("Helion Communications selected Halvik Launch Systems to launch its Lumo-2 satellite in 2027.",
     "Helion Communications", "Halvik Launch Systems"),
    ("Helion Communications has contracted Halvik Launch Systems to launch its Lumo-2 satellite.",
     "Helion Communications", "Halvik Launch Systems"),
    ("EUMETSAT has awarded Halvik Launch Systems a contract to launch its Lumo-2 satellite.",
     "EUMETSAT", "Halvik Launch Systems"),
    ("Halvik Launch Systems was selected by Helion Communications to launch its Lumo-2 satellite.",
     "Helion Communications", "Halvik Launch Systems"),
])
def test_its_in_a_commissioned_task_is_the_givers(read, text, owner, contractor):
    got = triples(read(text))
    assert ("Lumo-2", "operatedBy", owner) in got, got
    assert ("Lumo-2", "operatedBy", contractor) not in got, got


@pytest.mark.parametrize("text", [
    "Halvik Launch Systems will launch its Lumo-2 satellite in 2027.",
    "Halvik Launch Systems chose to launch its Lumo-2 satellite on a Zephra-1 rocket.",
])
def test_its_without_a_commission_is_the_subjects(read, text):
    got = triples(read(text))
    assert ("Lumo-2", "operatedBy", "Halvik Launch Systems") in got, got
