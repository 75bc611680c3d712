"""group_people (parse repair) and groups.listed_members: people named after their group and its body ("Two
astronauts from the Orvik Space Agency, Lena Varga and Ivo Sarr, have been selected for X") are the group's members,
of that body, and what is said of the group is said of each. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body, people, mission", [
    ("Two astronauts from the Orvik Space Agency, Lena Varga and Ivo Sarr, have been selected for the Artemis IV "
     "mission.", "Orvik Space Agency", ("Lena Varga", "Ivo Sarr"), "Artemis IV"),
    ("Three astronauts of the Kestrel Space Agency, Marta Kell, Ana Ruiz and Tomas Berg, were assigned to the "
     "Artemis V mission.", "Kestrel Space Agency", ("Marta Kell", "Ana Ruiz", "Tomas Berg"), "Artemis V"),
])
def test_people_named_after_their_group_are_its_members(read, text, body, people, mission):
    got = triples(read(text))
    for p in people:
        assert (p, "memberOf", body) in got and (p, "contributesTo", mission) in got, (p, got)


def test_a_person_joined_to_the_body_without_a_comma_is_left_as_read(read):
    """"astronauts from ESA and Ana Ruiz": no list set off by a comma, so no members named."""
    got = triples(read("Astronauts from the Orvik Space Agency and Ana Ruiz met in Oslo on 3 May 2026."))
    assert ("Ana Ruiz", "memberOf", "Orvik Space Agency") not in got, got
