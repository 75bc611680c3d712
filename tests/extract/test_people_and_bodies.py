"""Written for these tests: whose mission a predicate noun says runs it ("Kestrel is ESA's first mission"); what a
person joins with a title is a body ("Tomas Varga has joined Orbix as chief technology officer":
described_names.joined_as), and a title in a relative clause with "at" on its verb makes a member ("Anna Berg,
who is Director of Science at the Vela Space Agency": titles._relative_title)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "Former ESA astronaut Tomas Varga has joined Orbix as chief technology officer.",
    "Tomas Varga joined Orbix as a senior engineer in 2019.",
])
def test_what_a_person_joins_with_a_title_is_a_body(read, text):
    got = read(text)
    assert classes_of(got, "Orbix") == {"Organization"}
    assert ("Tomas Varga", "memberOf", "Orbix") in triples(got)


def test_a_craft_joining_another_makes_no_body(read):
    assert "Organization" not in classes_of(read("The Kestrel probe will join Lyra in orbit as a relay."), "Lyra")


@pytest.mark.parametrize("text", [
    "Dr Anna Berg, who is Director of Science at the Vela Space Agency, will lead the mission.",
    "Dr Anna Berg, who has been Director of Science at the Vela Space Agency since 2019, will lead the mission.",
])
def test_a_relative_title_at_a_body_makes_a_member(read, text):
    assert ("Anna Berg", "memberOf", "Vela Space Agency") in triples(read(text))


@pytest.mark.parametrize("text, owner", [
    ("Kestrel is ESA's first mission to study the solar wind.", "ESA"),
    ("Kestrel is a mission of ESA.", "ESA"),
])
def test_whose_mission_a_predicate_says_runs_it(read, text, owner):
    # (dep:predicated-operator, the owner of the noun too)
    assert ("Kestrel", "operatedBy", owner) in triples(read(text))


def test_the_owner_of_a_visited_facility_takes_part(read):
    # (occurrences._seat_hosts: a facility a body owns, as its seat)
    found = triples(read("A delegation from the Kelmar Space Authority visited ESA's ESTEC centre in Noordwijk on "
                         "5 March."))
    assert any(p == "participant" and o == "ESA" for _, p, o in found), found
