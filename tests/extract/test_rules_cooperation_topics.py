"""dep:cooperation-topic on sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _topics(facts, kind: str) -> set[str]:
    return {o for s, p, o in facts if p == "topic" and s.startswith(kind)}


@pytest.mark.parametrize("text, kind, topics", [
    ("The agreement between NASA and JAXA will enable cooperation on lunar exploration.", "agreement",
     {"lunar exploration"}),
    ("The memorandum signed by NASA and JAXA establishes a framework for cooperation in space science.",
     "memorandum", {"space science"}),
    ("NASA and JAXA signed an agreement to cooperate on the Kestrel mission.", "agreement", {"Kestrel"}),
    ("ESA and CNES held a meeting in Paris. The meeting strengthened cooperation in Earth observation and on the "
     "Kestrel satellite.", "meeting", {"Earth observation", "Kestrel"}),
])
def test_cooperation_topics_of_agreements_and_meetings(read, text, kind, topics):
    facts = triples(read(text))
    assert topics <= _topics(facts, kind), facts


@pytest.mark.parametrize("text", [
    "The agreement between NASA and JAXA will strengthen cooperation with Canada in 2025.",  # a partner, a year
    "NASA and JAXA signed an agreement to work together in Paris.",  # a place
    "The Kestrel rover will enable cooperation on lunar exploration.",  # no agreement or meeting
])
def test_cooperation_topics_no_places_partners_or_other_holders(read, text):
    facts = triples(read(text))
    assert not any(p == "topic" for _, p, _ in facts), facts


def test_cooperation_topics_partners_of_a_partnership_on_a_craft_contribute(read):
    facts = triples(read("CSA and JAXA announced a new partnership on the Tundra rover."))
    assert {("CSA", "contributesTo", "Tundra"), ("JAXA", "contributesTo", "Tundra")} <= facts, facts


@pytest.mark.parametrize("text", [
    "ESA announced a partnership on the Kestrel mission.",  # with whom is not said
    "CSA and JAXA established a partnership in space robotics.",  # a field, no craft
])
def test_cooperation_topics_no_stake_without_partners_or_craft(read, text):
    facts = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in facts), facts
