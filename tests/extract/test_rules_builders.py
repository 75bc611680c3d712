"""dep:builder-of, frame:includes, "within" a mission and infer:part-target, on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("Thales Alenia Space has been selected by ESA as the builder of the new Vela satellite.",
     ("Vela", "providedBy", "Thales Alenia Space")),
    ("Airbus, the prime contractor for the Kestrel satellite, delivered it in May.",
     ("Kestrel", "providedBy", "Airbus")),
    ("OHB is the manufacturer of the Lyra spacecraft.", ("Lyra", "providedBy", "OHB")),
])
def test_builders_builder_of(read, text, fact):
    facts = triples(read(text))
    assert fact in facts, facts


def test_builders_a_builder_of_a_place_provides_nothing(read):
    """"the builder of the new Toulouse centre": no craft, nothing provided."""
    facts = triples(read("Airbus is the builder of the new centre in Toulouse."))
    assert not any(p == "providedBy" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, part, whole", [
    ("The Vela orbiter includes a magnetometer and a camera.", "magnetometer", "Vela"),
    ("The Kestrel spacecraft comprises a radar and an altimeter.", "radar", "Kestrel"),
    ("The payload of the Lyra satellite consists of a spectrometer.", "spectrometer", "Lyra"),
    ("The Lyra satellite will launch in 2027. The Lyra payload includes a camera and a radar.", "radar", "Lyra"),
    ("The Orion-K probe flies in 2030. The Orion-K instrument suite comprises a sounder.", "sounder", "Orion-K"),
])
def test_builders_includes(read, text, part, whole):
    facts = triples(read(text))
    assert any(s.startswith(part) and p == "partOf" and o == whole for s, p, o in facts), facts


def test_builders_an_agency_that_includes_is_no_craft(read):
    """"ESA includes 22 member states": an organization has no parts."""
    facts = triples(read("The Vela consortium includes a camera team from Spain."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, facts_wanted", [
    ("Within the Vela mission, the Zephyr camera imaged the asteroid Ryugu.",
     {("Zephyr", "partOf", "Vela"), ("Vela", "target", "Ryugu")}),
    ("Within the Kestrel mission, the Pico spectrometer will study Phobos.",
     {("Pico", "partOf", "Kestrel"), ("Kestrel", "target", "Phobos")}),
])
def test_builders_within_a_mission_and_its_target(read, text, facts_wanted):
    facts = triples(read(text))
    assert facts_wanted <= facts, facts


def test_builders_within_an_agreement_is_no_part(read):
    facts = triples(read("Within the agreement, the Zephyr camera will be tested."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, fact", [
    ("Ganymede, the middle one of the three icy moons, is a particular focus of the Vela mission.",
     ("Vela", "target", "Ganymede")),
    ("The destination of the Vela probe is the asteroid Ryugu.", ("Vela", "target", "Ryugu")),
    ("Mars, the destination of the Kestrel orbiter, is far away.", ("Kestrel", "target", "Mars")),
])
def test_builders_destination_of(read, text, fact):
    facts = triples(read(text))
    assert fact in facts, facts


def test_builders_a_focus_that_is_no_body(read):
    facts = triples(read("Science is the focus of the Vela mission, not the Moon."))
    assert not any(p == "target" for _, p, _ in facts), facts


def test_builders_team_of_a_craft_includes_no_parts(read):
    """"The Lyra team includes a camera expert": people, not parts."""
    facts = triples(read("The Lyra satellite will launch in 2027. The Lyra team includes a camera expert."))
    assert not any(p == "partOf" for _, p, _ in facts), facts
