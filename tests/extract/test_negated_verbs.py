"""frame:verbs: a negated verb ("did not attend", "will not sign", "never landed", "didn't build") tells of no fact,
so no verb rule reads it; "not only ... but also" is no negation. On sentences written for this test."""

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
