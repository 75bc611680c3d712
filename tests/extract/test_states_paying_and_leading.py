""""Germany will contribute 500 million euros to the Lumara programme", "Spain will fund the development of the
Vireo satellite", "Luxembourg and Belgium will lead the Helix programme": a state (or a body) that pays for a
mission, for the work on it, or that leads it as a state, contributes to it (rules/programmes.pledge reads a "to"
the parser labels a dative, lexicon PLEDGE_VERBS has "contribute"; rules/actions.supply looks through an
activity noun, lexicon ACTIVITY_NOUNS; rules/actions.operate: a state runs nothing, it takes part). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, agent, work", [
    ("Germany will contribute 500 million euro to the Lumara programme.", "Germany", "Lumara"),
    ("Norway contributed 12 million euros to the Vireo mission.", "Norway", "Vireo"),
    ("Spain will fund the development of the Vireo satellite.", "Spain", "Vireo"),
    ("NASA will fund the construction of the Lyra probe.", "NASA", "Lyra"),
    ("Luxembourg and Belgium will lead the Helix Resilience programme.", "Belgium", "Helix Resilience"),
    ("Germany leads the Vireo mission.", "Germany", "Vireo"),
])
def test_who_pays_for_or_leads_a_mission_contributes(read, text, agent, work):
    got = triples(read(text))
    assert (agent, "contributesTo", work) in got, got


@pytest.mark.parametrize("text", [
    "ESA will lead the Helix Resilience programme.",
    "Spain will fund a study of the Vireo satellite's orbit.",
])
def test_no_state_contribution_without_a_state_or_a_work(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" and s in ("ESA", "Spain") for s, p, o in got), got
    if text.startswith("ESA"):
        assert ("Helix Resilience", "operatedBy", "ESA") in got, got
