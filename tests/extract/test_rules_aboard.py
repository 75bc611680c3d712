"""seq:part-aboard on sentences written for it: a part right before "aboard"/"carried on" a craft."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, whole", [
    ("Images taken by the Zephyr Camera (ZC) carried on the Vela lander were released by JAXA.", "Zephyr Camera",
     "Vela"),
    ("Kestrel, the camera on board the Zephyr lander, took images.", "camera", "Zephyr"),
    ("The magnetometer carried aboard the Vela orbiter measured the field.", "magnetometer", "Vela"),
])
def test_rules_aboard_part_of_craft(read, text, part, whole):
    facts = triples(read(text))
    assert any(s.startswith(part) and p == "partOf" and o == whole for s, p, o in facts), facts


def test_rules_aboard_not_a_launch_vehicle(read):
    """"launched aboard an Ariane 5": a rocket carries no part."""
    facts = triples(read("The Vela orbiter was launched aboard an Ariane 5 rocket."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


def test_rules_aboard_bare_on_is_no_marker(read):
    """"data on Mars" puts nothing aboard anything."""
    facts = triples(read("The Zephyr camera sent new data on the Vela orbiter to NASA."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, part, whole", [
    ("The Zephyr spectrometer, one of the instruments of the Vela orbiter, is ready.", "Zephyr", "Vela"),
    ("The Lyra camera, one of the six experiments aboard the Kestrel probe, failed.", "Lyra", "Kestrel"),
])
def test_rules_one_of_parts_wordings(read, text, part, whole):
    facts = triples(read(text))
    assert (part, "partOf", whole) in facts, facts


def test_rules_one_of_parts_not_for_people_or_praise(read):
    facts = triples(read("The Zephyr camera, one of the highlights of the year, was shown by Ann Lee, "
                         "one of the engineers of the Vela mission."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


def test_rules_contribute_with_a_part(read):
    facts = triples(read("JAXA will contribute to the Vela mission with the Zephyr camera."))
    assert ("Zephyr", "partOf", "Vela") in facts and ("Zephyr", "providedBy", "JAXA") in facts, facts


def test_rules_includes_after_a_possessive_craft(read):
    facts = triples(read("The Vela orbiter's instruments include the Zephyr camera and the Lyra spectrometer."))
    assert {("Zephyr", "partOf", "Vela"), ("Lyra", "partOf", "Vela")} <= facts, facts


@pytest.mark.parametrize("text", [
    "Astronauts Lena Varga and Karl Berg will fly to the ISS aboard the Zephyr capsule in May.",
    "The crew will travel to the Vela module aboard the Zephyr capsule.",
])
def test_rules_aboard_where_they_go_is_not_carried(read, text):
    result = read(text)
    assert not [t for t in triples(result) if t[1] == "partOf"], triples(result)
