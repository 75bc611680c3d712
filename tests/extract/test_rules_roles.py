"""rules/roles.py on sentences written for it: who contributes to a craft or an event, from a partner
noun with "in"/"on", and from "with the participation of" / "with support from" phrases."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, what", [
    ("NASA is a partner in the Vela mission.", "NASA", "Vela"),
    ("The Canadian Space Agency became a partner on the Zephyr mission in 2020.", "CSA", "Zephyr"),
    ("ISRO, a partner in the Vela mission, will supply the rover.", "ISRO", "Vela"),
])
def test_rules_roles_partner_in(read, text, who, what):
    facts = triples(read(text))
    assert (who, "contributesTo", what) in facts, facts


@pytest.mark.parametrize("text, who, what", [
    ("The Vela mission, led by ESA with the participation of JAXA, will launch in 2026.", "JAXA", "Vela"),
    ("The Vela spacecraft was built with support from DLR.", "DLR", "Vela"),
    ("ESA developed the Zephyr probe with the contribution of CNES.", "CNES", "Zephyr"),
])
def test_rules_roles_with_participation(read, text, who, what):
    facts = triples(read(text))
    assert (who, "contributesTo", what) in facts, facts


def test_rules_roles_not_without_a_craft(read):
    """A partner in a programme of talks, support for a decision: no craft, no contribution."""
    facts = triples(read("NASA is a partner in these discussions. ESA acted with the support of its "
                         "member states."))
    assert not any(p == "contributesTo" for _, p, _ in facts), facts
