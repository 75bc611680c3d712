"""Each item of a list with its own owner ("CNES's X, ESA's Y and ISRO's Z"), a designation launched
("ISRO launched Cartosat-3"), and a listed craft the model took for a person: on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "The images come from NASA's Landsat 9, ESA's Sentinel-1 and JAXA's ALOS-2.",
    "Satellites from several partners, including CNES's SPOT, ESA's Sentinel-1 and JAXA's ALOS-2, will acquire "
    "images.",
])
def test_rules_each_item_keeps_its_own_owner(read, text):
    operated = {(s, o) for s, p, o in triples(read(text)) if p == "operatedBy"}
    assert {("Sentinel-1", "ESA"), ("ALOS-2", "JAXA")} <= operated, operated
    assert not operated & {("Sentinel-1", "NASA"), ("Sentinel-1", "CNES"), ("ALOS-2", "ESA")}, operated


def test_rules_one_owner_of_two_names_owns_both(read):
    facts = triples(read("NASA's Juno and Europa Clipper missions study Jupiter."))
    assert {("Juno", "operatedBy", "NASA"), ("Europa Clipper", "operatedBy", "NASA")} <= facts, facts


@pytest.mark.parametrize("text, name", [
    ("ISRO launched Tarasat-4 in 2019.", "Tarasat-4"),
    ("NASA launched Orla-2 aboard a Falcon 9 rocket.", "Orla-2"),
])
def test_rules_what_is_launched_or_landed_is_a_craft(read, text, name):
    assert "Spacecraft" in {c.value for c in classes_of(read(text), name)}


def test_rules_a_listed_craft_is_no_person(read):
    x = read("Satellites from several partners, including CNES's Pleiades Neo and ISRO's Tarasat-4, will "
             "acquire images of the flooded areas.")
    assert "Person" not in {c.value for c in classes_of(x, "Pleiades Neo")}, triples(x)


def test_rules_a_modifying_agency_does_not_reach_a_conjunct_with_its_own_owner(read):
    facts = triples(read("Astronomers used the NASA/ESA/CSA James Webb Space Telescope and ESA's Euclid mission."))
    operated = {o for s, p, o in facts if p == "operatedBy" and s == "Euclid"}
    assert operated == {"ESA"}, facts


def test_rules_a_possessor_does_not_reach_a_conjunct_with_its_own_determiner(read):
    facts = triples(read("The Orla probe will carry the Vela lander's batteries and the Zephyr camera."))
    assert ("Zephyr", "partOf", "Vela") not in facts, facts
