"""A person who joins a body is its member, or its head with a head's title; who joins a mission's crew works on
the mission; joining others for an occasion is no membership (rules/careers.py, frame:person-joins,
PERSON_JOIN_VERBS, STAFF_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("Erik Solberg joined ESA in 2009.", ("Erik Solberg", "memberOf", "ESA")),
    ("Erik Solberg joined ESA's astronaut corps in 2009.", ("Erik Solberg", "memberOf", "ESA")),
    ("Erik Solberg joined the European Astronaut Corps in 2009.",
     ("Erik Solberg", "memberOf", "European Astronaut Corps")),
    ("Erik Solberg will join the Orbis Institute as its President in May.",
     ("Erik Solberg", "headOf", "Orbis Institute")),
    ("Erik Solberg joined the Kestrel-4 crew in 2024.", ("Erik Solberg", "contributesTo", "Kestrel-4")),
])
def test_who_joins(read, text, expected):
    got = triples(read(text))
    assert expected in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Jean Dubois, President of CNES, joined the France-Japan Chamber of Commerce for its yearly dinner.",
    "Erik Solberg joined ESA at the signing ceremony in Paris.",
    "Erik Solberg joined ESA to celebrate the launch.",
    "Erik Solberg joined the Vela mission team in 2019.",
])
def test_joining_for_an_occasion_or_a_missions_team_is_no_membership(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "memberOf" and x[0] in ("Jean Dubois", "Erik Solberg")], sorted(got)
