""""ESA selected X to build Y under a contract worth N": the "under" phrase on the verb of what X is chosen for
names the contract the chooser and X sign, as it does on the choosing verb itself (rules/selections.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, chooser, chosen", [
    ("NASA has selected Selene Dynamics to deliver three instruments to the Moon under a task order worth 86 "
     "million dollars.", "NASA", "Selene Dynamics"),
    ("The Kestrian Space Agency selected Orbitek to build two radar satellites under a contract signed in May.",
     "Kestrian Space Agency", "Orbitek"),
    ("ESA has chosen Halden Systems to develop the Corvid lander under a contract worth 40 million euros.",
     "ESA", "Halden Systems"),
])
def test_the_contract_of_what_a_body_is_chosen_for_is_signed_by_both(read, text, chooser, chosen):
    signed = {o for s, p, o in triples(read(text)) if p == "signatory"}
    assert {chooser, chosen} <= signed, signed


def test_no_contract_no_signatories(read):
    got = read("NASA has selected Selene Dynamics to deliver three instruments to the Moon in 2028.")
    assert not any(p == "signatory" for _, p, _ in triples(got)), triples(got)
