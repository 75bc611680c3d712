"""frame:verbs: a negated verb ("did not attend", "will not sign", "never landed", "didn't build") tells of no fact,
and a hedged one ("could provide", "may join") no firm one, so no verb rule reads either; "not only ... but also" is
no negation, and "would" in reported speech tells a plan. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, prop", [
    ("The conference was organised by ESA. NASA did not attend.", "participant"),
    ("NASA will not sign the agreement.", "signatory"),
    ("The Kite lander never landed on Mars.", "landedOn"),
    ("NASA didn't build the rover.", "providedBy"),
])
def test_a_negated_verb_states_nothing(read, text, prop):
    got = triples(read(text))
    assert not any(p == prop and "NASA" in (s, o) or p == prop == "landedOn" for s, p, o in got), got


def test_not_only_but_also_is_no_negation(read):
    got = triples(read("NASA will not only sign the agreement but also fund the Kite mission."))
    assert {("agreement", "signatory", "NASA"), ("NASA", "contributesTo", "Kite")} <= {
        (s.split(" [")[0], p, o) for s, p, o in got}, got


@pytest.mark.parametrize("text", [
    "ESA could provide the lander for the Kite mission.",
    "NASA may join the Kite mission.",
    "JAXA might build the Kite orbiter.",
])
def test_a_hedged_verb_states_nothing(read, text):
    """"could", "may", "might" (lexicon HEDGE_MODALS): a possibility, which the annotation guide leaves optional."""
    assert not triples(read(text))


def test_a_reported_plan_is_kept(read):
    assert ("Kite", "providedBy", "ESA") in triples(read("ESA said it would build the Kite orbiter."))
