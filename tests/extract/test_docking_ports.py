"""A craft docked at another craft's port ("docked with the forward port of the Harmony module"): the craft whose
port it is takes part in the docking; a "port" that is no craft's part (a harbour of a town) adds no one
(rules/docking_ports.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _participants(got) -> set[str]:
    return {o for s, p, o in triples(got) if p == "participant"}


@pytest.mark.parametrize("text", [
    "The Vigil capsule docked with the forward port of the Harmony module on 2 December 2026.",
    "The Vigil capsule docked to the nadir port of the Harmony module on 2 December 2026.",
])
def test_craft_whose_port_it_is_takes_part(read, text):
    assert {"Vigil", "Harmony"} <= _participants(read(text))


def test_port_of_a_town_adds_no_participant(read):
    got = read("The Vigil ship docked at the port of Houston on 2 December 2026.")
    assert "Houston" not in _participants(got)
