"""A launcher carrying a craft up (rules/launchers.carry_payload, lexicon LIFT_VERBS); an unknown name typed
by its predicate noun (doing.role_class); a craft "of" a programme is part of it (PART_NOUNS); instrument words
beyond the "-meter"s (HEAD_CLASSES). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, craft, rocket", [
    ("A Vega-C rocket lifted off from Kourou on 5 December carrying the Kestrel satellite.", "Kestrel", "Vega-C"),
    ("The Falcon 9 launcher carried the Kestrel satellite into orbit.", "Kestrel", "Falcon 9"),
    ("The Ariane 6 rocket placed the Kestrel satellite into orbit on 3 May.", "Kestrel", "Ariane 6"),
])
def test_rules_carry_payload_the_craft_went_up_on_the_launcher(read, text, craft, rocket):
    got = triples(read(text))
    assert (craft, "launchVehicle", rocket) in got, sorted(got)


def test_rules_carry_payload_the_launch_carried_the_craft(read):
    got = read("A Vega-C rocket lifted off from Kourou on 5 December carrying the Kestrel satellite.")
    launch = next(e.label for e in got.entities.values() if "Launch" in e.classes)
    assert {(launch, "participant", "Kestrel"), (launch, "launchVehicle", "Vega-C")} <= triples(got)


@pytest.mark.parametrize("text", [
    "The Ariane 6 rocket placed the order.",
    "The Ariane 6 team put the Kestrel satellite in the clean room.",  # no orbit: no launch
])
def test_rules_carry_payload_no_orbit_no_payload(read, text):
    assert not [x for x in triples(read(text)) if x[1] == "launchVehicle"]


@pytest.mark.parametrize("text, name, cls", [
    ("Kestrel is a satellite of the Copernicus programme.", "Kestrel", "Satellite"),
    ("Orbex is a Scottish company.", "Orbex", "Company"),
])
def test_rules_carry_payload_a_predicate_noun_types_an_unknown_name(read, text, name, cls):
    got = read(text)
    assert classes_of(got, name) == {cls}, sorted(labels(got))


@pytest.mark.parametrize("text, part, whole", [
    ("Kestrel is the fourth satellite of the Copernicus programme.", "Kestrel", "Copernicus"),
    ("Kestrel, the first satellite of the Copernicus programme, was launched in May.", "Kestrel", "Copernicus"),
])
def test_rules_carry_payload_a_craft_of_a_programme_is_part_of_it(read, text, part, whole):
    assert (part, "partOf", whole) in triples(read(text))


def test_rules_carry_payload_a_craft_of_an_agency_is_no_part(read):
    assert not [x for x in triples(read("Kestrel is a satellite of NASA.")) if x[1] == "partOf"]


def test_rules_carry_payload_a_receiver_is_an_instrument(read):
    got = read("It carries a receiver provided by the Norwegian Space Agency.")
    plain = {(s.split(" [")[0], p, o) for s, p, o in triples(got)}
    assert ("receiver", "providedBy", "Norwegian Space Agency") in plain


@pytest.mark.parametrize("text", [
    "The launch of Kestrel aboard a Soyuz rocket is planned for May.",
    "ISRO will provide the launch of Kestrel on its Soyuz rocket in 2027.",
])
def test_rules_carry_payload_a_launch_noun_names_its_rocket(read, text):
    assert ("Kestrel", "launchVehicle", "Soyuz") in triples(read(text))


@pytest.mark.parametrize("text, thing", [
    ("The Vela Space Agency has signed a contract worth 450 million euros with Orla Space GmbH of Bremen, "
     "Germany, to build six satellites.", "six satellites"),
    ("The Vela Space Agency awarded Orla Space GmbH a contract to build the Kestrel satellite.", "Kestrel"),
    ("The Vela Space Agency signed a contract with Orla Space GmbH to build the Kestrel satellite.", "Kestrel"),
])
def test_rules_carry_payload_the_contractor_builds_not_the_customer(read, text, thing):
    """rules/suppliers.contractors: what a contract is for is done by the one the contract is with."""
    got = {(s.split(" [")[0], p, o) for s, p, o in triples(read(text))}
    assert (thing, "providedBy", "Orla Space GmbH") in got, sorted(got)
    assert (thing, "providedBy", "Vela Space Agency") not in got, sorted(got)


@pytest.mark.parametrize("text, rocket, craft", [
    ("The Vega-C rocket carrying the Zephyr satellite lifted off from Kourou on 5 December.", "Vega-C", "Zephyr"),
    ("A Falcon 9 carrying the Lyra probe was launched from Cape Canaveral on 3 May.", "Falcon 9", "Lyra"),
    # the parser hangs the date on the participle: it is the lift-off's
    ("The Ariane 6 rocket lifted off carrying the Kestrel satellite on 9 July.", "Ariane 6", "Kestrel"),
])
def test_rules_carry_payload_the_rocket_carrying_a_craft_launched_it(read, text, rocket, craft):
    """"the rocket carrying X lifted off": the launch the clause tells of carried X on that rocket."""
    got = {(s.split(" [")[0].split(" (")[0], p, o) for s, p, o in triples(read(text))}
    assert (craft, "launchVehicle", rocket) in got, sorted(got)
    assert ("launch", "participant", craft) in got and ("launch", "launchVehicle", rocket) in got, sorted(got)


def test_rules_carry_payload_a_truck_carrying_a_craft_launches_nothing(read):
    got = triples(read("The truck carrying the Vela satellite arrived in Kourou on 2 June."))
    assert not any(p == "launchVehicle" for _, p, _ in got), got
