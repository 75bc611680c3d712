"""A crewed mission told over several sentences: a definite noun measured by its length in time is the one told of
("The 10-day mission will launch ...": lexicon MEASURE_UNITS), its rocket may hang on the site's phrase ("will
launch from Kennedy Space Center on the Vireo rocket": rules/launchers.py), and those who join a crew member fly
on the mission too ("He will be joined by B and C": rules/companions.py). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples

_TEXT = ("Nordic Space Agency astronaut Ola Nordmann will fly aboard the Kestrel-4 mission. He will be joined by "
         "NASA astronauts Ana Ruiz and Kari Holm. The 10-day mission will launch from Kennedy Space Center on the "
         "Vireo rocket.")


def test_a_measured_definite_noun_is_the_mission_told_of_and_its_rocket_is_found(read):
    got = triples(read(_TEXT))
    assert ("Kestrel-4", "launchVehicle", "Vireo") in got, sorted(got)


def test_who_joins_a_crew_member_flies_on_the_mission(read):
    got = triples(read(_TEXT))
    assert {("Ana Ruiz", "contributesTo", "Kestrel-4"), ("Kari Holm", "contributesTo", "Kestrel-4")} <= got, \
        sorted(got)


def test_joined_by_after_no_flight_adds_no_crew(read):
    got = triples(read("Ola Nordmann visited the plant. He was joined by Ana Ruiz."))
    assert not any(p == "contributesTo" for _, p, _ in got), sorted(got)
