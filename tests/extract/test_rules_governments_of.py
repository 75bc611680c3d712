""""The governments of A and B" act as the states A and B: on sentences written for the rule."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("The governments of France and India agreed to cooperate on the Orla satellite.",
     ("France", "partnerOf", "India")),
    ("The governments of Japan and Italy will work together on the Vela probe.", ("Italy", "contributesTo", "Vela")),
])
def test_rules_governments_of_states_act_as_the_states(read, text, fact):
    facts = triples(read(text))
    assert fact in facts or fact[1] == "partnerOf" and (fact[2], fact[1], fact[0]) in facts, facts


def test_rules_a_government_of_one_state_is_a_body(read):
    """"The Government of Canada" is a body of its own, with its country."""
    facts = triples(read("The Government of Canada will invest 2.5 billion dollars in the Lunar Gateway."))
    assert ("Government of Canada", "country", "Canada") in facts, facts
