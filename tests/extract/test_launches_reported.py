"""Launches and landings as news agencies write them: designations with an apostrophe ("Chang'e-7",
which the tagger takes for an adjective), "a Long March 5 carrier rocket", the site hung on the rocket
that launched ("launched by a X rocket from Y"), and a definite noun with a clause set off by commas
("The probe, comprising an orbiter and a lander, was launched ...") that still refers back."""

import pytest


def _facts(ex):
    label = {k: e.label.split(" [")[0].split(" (")[0] for k, e in ex.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("name", ["Chang'e-7", "Chang'e-9"])
def test_a_designation_with_an_apostrophe_is_a_craft(read, name):
    facts = _facts(read(f"The {name} lunar probe landed on the Moon on Monday."))
    assert (name, "landedOn", "Moon") in facts and ("landing", "participant", name) in facts


@pytest.mark.parametrize("text, vehicle", [
    ("The Vireo satellite was launched by a Zhuque-3 carrier rocket on 3 May.", "Zhuque-3"),
    ("The Vireo satellite was launched by a Long March-5 carrier rocket on 3 May.", "Long March 5"),
    ("A Kinetica-2 carrier rocket lifted off on 3 May carrying the Vireo satellite into orbit.", "Kinetica-2"),
])
def test_a_carrier_rocket_is_a_launch_vehicle(read, text, vehicle):
    ex = read(text)
    assert {"LaunchVehicle"} <= next(e.classes for e in ex.entities.values() if e.label == vehicle)


def test_the_site_hung_on_the_rocket_that_launched(read):
    facts = _facts(read("The Vireo satellite was launched by a Zhuque-3 carrier rocket from the Jiuquan Satellite "
                        "Launch Center on 3 May."))
    assert ("Vireo", "launchSite", "Jiuquan Satellite Launch Center") in facts
    assert ("launch", "launchSite", "Jiuquan Satellite Launch Center") in facts


def test_a_noun_with_a_clause_set_off_by_commas_refers_back(read):
    facts = _facts(read("The Kestrel probe will study the Moon. The probe, comprising an orbiter and a lander, was "
                        "launched from the Wenchang Space Launch Site on 12 January."))
    assert ("launch", "participant", "Kestrel") in facts and ("Kestrel", "launchSite", "Wenchang Space Launch Site") \
        in facts


def test_a_restrictive_clause_still_makes_a_new_thing(read):
    facts = _facts(read("The Kestrel probe will study the Moon. The probe built by Orvik Space was launched from "
                        "the Wenchang Space Launch Site on 12 January."))
    assert ("Kestrel", "launchSite", "Wenchang Space Launch Site") not in facts


def test_a_group_with_a_clause_set_off_is_a_group_of_its_own(read):
    """"The team, led by X," after an agency was told of: X leads the team, not the agency."""
    facts = _facts(read("ESA's Gaia mission measured the star. The team, led by Anna Lindqvist of Stockholm "
                        "University, combined the images."))
    assert ("Anna Lindqvist", "headOf", "ESA") not in facts
