"""Who keeps a craft, or carries out its operations, runs it: "JAXA will retain ownership of the Hoshimi
satellites", "Telespazio conducts operations of the Orvik-2 satellite", "Kestrel will run mission operations for
the Hoshimi satellites" (lexicon CONTROL_NOUNS gains "ownership", TAKE_CONTROL_VERBS gains retain, keep, hold,
run, conduct, perform, carry out, handle; rules/control.py, which also reads a "for" phrase the parser hung on
the verb). A competition run or tests performed for a mission say nothing. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, runner", [
    ("JAXA will retain ownership of the Hoshimi satellites.", "Hoshimi", "JAXA"),
    ("Telespazio conducts operations of the Orvik-2 satellite from Fucino.", "Orvik-2", "Telespazio"),
    ("Kestrel Communications will carry out the operations of the Hoshimi-1 satellite.", "Hoshimi-1",
     "Kestrel Communications"),
    ("Kestrel will run mission operations for the Hoshimi satellites from its control centre in Tsukuba.",
     "Hoshimi", "Kestrel"),
])
def test_who_keeps_or_runs_operations_of_a_craft_runs_it(read, text, craft, runner):
    got = triples(read(text))
    assert (craft, "operatedBy", runner) in got, got


def test_ownership_transferred_is_operation_transferred(read):
    got = triples(read("ESA transferred ownership of the Tarsier satellite to EUMETSAT on 3 May."))
    assert ("Tarsier", "operatedBy", "EUMETSAT") in got, got


@pytest.mark.parametrize("text", [
    "ESA will run a competition for the Hoshimi mission.",
    "ESA will perform tests for the Hoshimi mission.",
    "The Vela agency will keep control of the budget.",
    "ESA held talks on the Hoshimi satellites.",
])
def test_other_things_run_or_kept_say_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "operatedBy" for s, p, o in got), got
