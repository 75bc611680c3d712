"""dep:apposed-origin on sentences written for it: "X, a start-up from Estonia" gives X its country; a city, a
"from" on a verb or a non-agent say nothing of it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, agent, country", [
    ("Tartu Robotics, a start-up from Estonia, will build the drill.", "Tartu Robotics", "Estonia"),
    ("Clara Benedek, a test pilot from Hungary, joins the class.", "Clara Benedek", "Hungary"),
    ("The drill will be built by Vexel Technologies, a firm from Portugal.", "Vexel Technologies", "Portugal"),
    ("Nordlys Systems, an engineering company from Norway, supplied the antenna.", "Nordlys Systems", "Norway"),
])
def test_an_apposition_from_a_country_gives_the_country(read, text, agent, country):
    facts = triples(read(text))
    assert (agent, "country", country) in facts, facts


@pytest.mark.parametrize("text, agent", [
    ("Tartu Robotics, a start-up from Tartu, will build the drill.", "Tartu Robotics"),  # a city
    ("Clara Benedek came from Hungary to join the class.", "Clara Benedek"),  # a verb's "from"
    ("The Kestrel satellite, a gift from Norway, reached orbit.", "Kestrel"),  # no agent
])
def test_no_country_from_a_city_a_verb_or_a_non_agent(read, text, agent):
    facts = triples(read(text))
    assert not any(s == agent and p == "country" for s, p, _ in facts), facts
