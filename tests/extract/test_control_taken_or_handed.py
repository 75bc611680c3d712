"""Control of a craft taken or handed over says who runs it: "Kelsat took over control of Orbis-3", "control
of Orbis-3 was handed over to Kelsat" (lexicon CONTROL_NOUNS, TAKE_CONTROL_VERBS, PASS_CONTROL_VERBS;
rules/control.py). The body that takes control is a body (lexicon roles TRANSITIVE_SUBJECTS,
RECIPIENTS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Kelsat took over control of Orbis-3 on 12 May 2026.",
    "Kelsat assumed control of the Orbis-3 satellite after commissioning.",
    "Kelsat will take control of Orbis-3 and Orbis-4 in June.",
    "Kelsat took over operations of the Orbis-3 satellite.",
])
def test_who_takes_control_of_a_craft_runs_it(read, text):
    got = triples(read(text))
    assert ("Orbis-3", "operatedBy", "Kelsat") in got, got


@pytest.mark.parametrize("text, runner", [
    ("Control of Orbis-3 was handed over to Kelsat on 20 March 2026.", "Kelsat"),
    ("Operations of the Orbis-3 satellite were transferred to Nordsat in 2025.", "Nordsat"),
    ("ESA handed control of Orbis-3 to Kelsat after in-orbit testing.", "Kelsat"),
    ("Control of Orbis-3 passed to the Vela Space Agency in May.", "Vela Space Agency"),
])
def test_who_control_of_a_craft_passes_to_runs_it(read, text, runner):
    got = triples(read(text))
    assert ("Orbis-3", "operatedBy", runner) in got, got


@pytest.mark.parametrize("text", [
    "Kelsat took control of the market in 2020.",  # no craft
    "Control of the budget was handed to ESA.",
    "ESA took over the Orbis-3 contract from Nordsat.",  # a contract is no control of the craft
    "Kelsat took over the Orbis-3 contract from Nordsat.",
])
def test_no_runner_without_control_of_a_craft(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for s, p, o in got), got


def test_control_handed_to_a_facility_goes_to_whoever_runs_it(read):
    got = triples(read("The Helion Control Centre is operated by DLR. Control of Helion-25 was handed over to the "
                       "Helion Control Centre on 20 March 2026."))
    assert ("Helion-25", "operatedBy", "DLR") in got, got
