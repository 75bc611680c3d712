"""A town is where a gathering is, not what it is about: "a workshop on lunar resources in Coimbra" (the parser
hangs "in Coimbra" on the topic) gives no topic Coimbra; a mission or a facility the phrase names still is one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, town", [
    ("LUSA will host a workshop on lunar resources in Coimbra in June 2026.", "Coimbra"),
    ("The Vela Space Agency held a conference on lunar mining in Porto on 4 May 2026.", "Porto"),
])
def test_a_town_is_no_topic(read, text, town):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "topic" and x[2] == town], sorted(got)
    assert any(p == "locatedIn" and o == town for s, p, o in got), sorted(got)


def test_a_mission_talked_of_stays_a_topic(read):
    got = triples(read("ESA and JAXA signed an agreement on the Vela mission in Tokyo on 3 May 2024."))
    assert any(p == "topic" and o == "Vela" for s, p, o in got), sorted(got)
