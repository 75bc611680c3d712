"""pattern:described-facility: a facility told of without a name, by whose it is and where it is."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _facility(t: set, prop: str) -> set[str]:
    return {o for s, p, o in t if p == prop and s.split(" [")[0].endswith(("centre", "station", "facility"))}


@pytest.mark.parametrize("text, operator, place", [
    ("Data will be processed at CNES's centre in Toulouse.", "CNES", "Toulouse"),
    ("The ground station at Kiruna, operated by Polarnet, will receive its data.", "Polarnet", "Kiruna"),
    ("The ground station in Kiruna is operated by Polarnet.", "Polarnet", "Kiruna"),
    ("Polarnet operates the tracking station at Kiruna.", "Polarnet", "Kiruna"),
    ("The probe will be flown from JAXA's operations centre in Sagamihara.", "JAXA", None),
])
def test_rules_described_facility_operator_and_place(read, text, operator, place):
    t = triples(read(text))
    assert operator in _facility(t, "operatedBy"), t
    if place:
        assert place in _facility(t, "locatedIn"), t


def test_rules_described_facility_through_a_site(read):
    t = triples(read("Tests will take place at the new test facility at the Halvard Institute's site in Bergen."))
    assert "Bergen" in _facility(t, "locatedIn"), t


@pytest.mark.parametrize("text", [
    "The crew returned to the station on Monday.",
    "The astronauts will stay at the station for six months.",
])
def test_rules_described_facility_a_bare_noun_makes_nothing(read, text):
    got = read(text)
    assert not any("Facility" in e.classes for e in got.entities.values()), got.entities


def test_rules_described_facility_a_named_facility_is_not_told_twice(read):
    got = read("The Kelmar ground station, operated by Polarnet, will receive its data.")
    facilities = [e.label for e in got.entities.values() if "Facility" in e.classes]
    assert len(facilities) == 1, facilities


@pytest.mark.parametrize("text, owner, place", [
    ("Korrin Aerospace will build the lander at its plant in Bremen.", "Korrin Aerospace", "Bremen"),
    ("The probe was assembled at Airbus's factory in Toulouse.", "Airbus", "Toulouse"),
])
def test_rules_described_facility_plants_and_factories(read, text, owner, place):
    t = triples(read(text))
    assert (owner, place) in {(o, q) for s, p, o in t if p == "operatedBy"
                              for s2, p2, q in t if p2 == "locatedIn" and s2 == s}, t


def test_rules_described_facility_a_participle_after_the_place(read):
    t = triples(read("The probe will be flown from a new operations centre in Darmstadt, run by the Marlow Space "
                     "Agency."))
    assert "Marlow Space Agency" in _facility(t, "operatedBy") and "Darmstadt" in _facility(t, "locatedIn"), t


def test_rules_described_facility_a_relative_subject_operates(read):
    t = triples(read("The teams will work with Polarnet AS, which operates the ground station at Kiruna."))
    assert "Polarnet AS" in _facility(t, "operatedBy") and "Kiruna" in _facility(t, "locatedIn"), t
    assert "teams" not in _facility(t, "operatedBy")


def test_rules_described_facility_an_owners_facility_named_by_its_town(read):
    t = triples(read("The data will be received at Polarnet AS's Kiruna ground station."))
    assert "Polarnet AS" in _facility(t, "operatedBy") and "Kiruna" in _facility(t, "locatedIn"), t


def test_rules_described_facility_a_town_alone_before_the_noun_makes_nothing(read):
    got = read("The satellite lifted off from the Kourou spaceport on Monday.")
    assert not any(e.label.startswith("Kourou spaceport") for e in got.entities.values()), got.entities


@pytest.mark.parametrize("text, facility, body, place", [
    ("The ESA ground station in Kiruna tracked the satellite.", "ESA ground station [t]", "ESA", "Kiruna"),
    ("The CNES launch centre in Kourou is ready.", "CNES launch centre [t]", "CNES", "Kourou"),
    ("The Vela Space Agency (VSA) operates the mission from the VSA control centre in Tarsa.",
     "VSA control centre [t]", "Vela Space Agency", "Tarsa"),
])
def test_rules_described_facility_run_by_the_body_named_in_front(read, text, facility, body, place):
    got = triples(read(text))
    assert (facility, "operatedBy", body) in got, sorted(got)
    assert (facility, "locatedIn", place) in got, sorted(got)
