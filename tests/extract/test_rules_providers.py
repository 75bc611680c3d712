"""seq:provider-bracket and the contribution apposition of dep:contribution on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


def test_rules_provider_bracket_after_each_instrument(read):
    facts = triples(read("The Vela orbiter carries the Zephyr camera (JAXA) and the Lyra spectrometer (NASA)."))
    assert {("Zephyr", "providedBy", "JAXA"), ("Lyra", "providedBy", "NASA")} <= facts, facts


def test_rules_provider_bracket_not_for_aliases_or_missions(read):
    """A mission's bracket names who runs it; an instrument's bracketed short name is no maker."""
    facts = triples(read("The Vela mission (ESA) will carry the Zephyr Camera (ZC)."))
    assert not any(p == "providedBy" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, part, agency, whole", [
    ("JAXA's contribution to the Vela orbiter, the Zephyr camera, was unveiled today.", "Zephyr", "JAXA", "Vela"),
    ("The Zephyr sensor, the CSA's contribution to the Vela telescope, was unveiled today.", "Zephyr", "CSA",
     "Vela"),
])
def test_rules_contribution_apposition(read, text, part, agency, whole):
    facts = triples(read(text))
    assert {(part, "providedBy", agency), (part, "partOf", whole)} <= facts, facts


def test_rules_contribution_apposition_not_a_thing(read):
    facts = triples(read("JAXA's contribution to the Vela orbiter, an important step, was praised."))
    assert not any(p in ("providedBy", "partOf") for _, p, _ in facts), facts


def test_rules_contribution_apposition_parsed_as_subject(read):
    """The parser may take "X, A's contribution to M, arrived" for a subject and an adverb: the commas
    still set the contribution beside X."""
    facts = triples(read("The Orla spectrometer, the Italian Space Agency's contribution to ESA's Kestrel mission, "
                         "arrived in Noordwijk."))
    assert {("Orla", "providedBy", "ASI"), ("Orla", "partOf", "Kestrel")} <= facts, facts


def test_rules_contribution_apposition_needs_both_commas(read):
    facts = triples(read("After the Orla spectrometer, the Italian Space Agency's contribution to the Kestrel "
                         "mission is the largest."))
    assert ("Orla", "providedBy", "ASI") not in facts, facts
