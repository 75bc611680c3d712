"""dep:part-noun, frame:equipped-with, frame:sent-to and the lists of dep:listed-parts, on sentences written
for them: several wordings each, and the wordings they must leave alone."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, whole", [
    ("The Zephyr lander, part of the Vela mission, touched down in June.", "Zephyr", "Vela"),
    ("The Zephyr lander is part of NASA's Vela mission.", "Zephyr", "Vela"),
    ("The Zephyr orbiter forms part of ESA's Vela mission.", "Zephyr", "Vela"),
    ("DLR built the Zephyr lander, which is part of the Vela mission.", "Zephyr", "Vela"),
    ("Vela II, the second flight of the Vela programme, will carry four astronauts.", "Vela II", "Vela"),
])
def test_rules_wholes_part_noun_wordings(read, text, part, whole):
    assert (part, "partOf", whole) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Anna Vela has been part of the Lyra team since 2010.",
    "The first flight of the Vela rocket took place in May.",
    "ESA is part of the Vela mission and the Lyra mission.",
])
def test_rules_wholes_part_noun_not_for_people_rockets_or_agencies(read, text):
    facts = triples(read(text))
    assert not any(p == "partOf" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, part, craft", [
    ("The Vela orbiter is equipped with a Zephyr spectrometer supplied by DLR.", "Zephyr", "Vela"),
    ("ESA fitted the Vela probe with a Lyra camera.", "Lyra", "Vela"),
    ("The Nova lander will be outfitted with the Kestrel camera.", "Kestrel", "Nova"),
])
def test_rules_wholes_equipped_with(read, text, part, craft):
    assert (part, "partOf", craft) in triples(read(text))


def test_rules_wholes_equipped_with_not_an_agency(read):
    """"equip JAXA with a camera": an agency is no craft, the camera is no part of it."""
    facts = triples(read("ESA will equip JAXA with a Lyra camera."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, craft, body", [
    ("The Vela probe will be sent to Venus.", "Vela", "Venus"),
    ("The Vela orbiter was launched to Mars in 2026.", "Vela", "Mars"),
    ("ESA launched the Vela probe towards Jupiter.", "Vela", "Jupiter"),
])
def test_rules_wholes_sent_to(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


@pytest.mark.parametrize("text", [
    "The Vela capsule was sent back to Earth.",
    "The Vela probe was launched to the International Space Station.",
])
def test_rules_wholes_sent_to_needs_a_body_other_than_earth(read, text):
    facts = triples(read(text))
    assert not any(p == "target" for _, p, _ in facts), facts


def test_rules_wholes_list_items_hung_as_appositions(read):
    """"...: a Zephyr Telescope (ZT), a wide-field camera (LYRA), a ... and a ...": every item, whether the
    parser made it a conjunct or an apposition of the one before."""
    facts = triples(read("Four instruments will be on board the Vela probe: a Zephyr Telescope (ZT), a "
                         "wide-field camera (LYRA), a Gamma Ray Monitor (GRM) and a Nova Visible Camera (NVC)."))
    parts = {s for s, p, o in facts if p == "partOf" and o == "Vela"}
    assert {"Zephyr Telescope", "LYRA", "Gamma Ray Monitor", "Nova Visible Camera"} <= parts, facts


def test_rules_wholes_list_first_item_with_a_modifier_name(read):
    """"a Kestrel X-ray Imager (KXI), a ...": the first item's head is found through its name words."""
    facts = triples(read("The Vela probe is an astronomy mission. Three instruments will be on board: a "
                         "Kestrel X-ray Imager (KXI), a Lyra Dust Counter (LDC) and a Nova Visible Camera (NVC)."))
    parts = {s for s, p, o in facts if p == "partOf" and o == "Vela"}
    assert len(parts) >= 3, facts


@pytest.mark.parametrize("text, part, craft", [
    ("The Zephyr camera, which will be mounted on the Vela lander, was built by OHB.", "Zephyr", "Vela"),
    ("The Zephyr camera that is installed aboard the Vela orbiter takes pictures.", "Zephyr", "Vela"),
    ("Italy supplied the Kestrel spectrometer, which is carried on board the Nova orbiter.", "Kestrel", "Nova"),
    ("The Vela spacecraft hosts the Zephyr camera.", "Zephyr", "Vela"),
])
def test_rules_wholes_carried_in_a_relative_clause(read, text, part, craft):
    """"X, which is carried on board Y": the part is the relative's antecedent, named (no new thing)."""
    result = read(text)
    assert (part, "partOf", craft) in triples(result)
    assert not any("[t]" in e.label or " of " in e.label for e in result.entities.values())


@pytest.mark.parametrize("text, part, whole", [
    ("The Vela space station includes a robotic arm called Zephyr.", "Zephyr", "Vela"),
    ("CSA will supply the robotics system of the Vela space station, which includes a robotic arm called "
     "Zephyr.", "Zephyr", "Vela"),
])
def test_rules_wholes_part_named_by_a_naming_participle(read, text, part, whole):
    """"a robotic arm called Zephyr": the described noun stands for the name it is given."""
    assert (part, "partOf", whole) in triples(read(text))


def test_rules_wholes_make_up_a_segment(read):
    facts = triples(read("The Vela orbiter and the Lyra lander make up the space segment of the Nova mission."))
    assert {("Vela", "partOf", "Nova"), ("Lyra", "partOf", "Nova")} <= facts, facts
