"""frame:joins-mission, dep:involved-in, dep:partner-in with "of", and dep:joint-craft through a copula or an
apposition, on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, what", [
    ("ISRO joined the Vela mission in 2019.", "ISRO", "Vela"),
    ("NASA supports the Zephyr probe.", "NASA", "Zephyr"),
    ("CNES is involved in the Vela mission.", "CNES", "Vela"),
    ("CNES and DLR, which are engaged in the Vela programme, met.", "DLR", "Vela"),
    ("DLR has been a partner of the Vela mission since 2015.", "DLR", "Vela"),
    ("The Vela probe is a joint mission of ESA and JAXA.", "JAXA", "Vela"),
    ("The Vela probe, a joint mission between NASA and ISRO, will launch in 2026.", "ISRO", "Vela"),
])
def test_rules_stakes_more_wordings(read, text, who, what):
    assert (who, "contributesTo", what) in triples(read(text))


@pytest.mark.parametrize("text", [
    "Anna Lyra joined the Vela mission team.",
    "Anna Lyra is involved in the Vela mission.",
    "ESA is a partner of JAXA.",
    "The Vela mission was supported by a grant.",
])
def test_rules_stakes_more_not_people_nor_agencies(read, text):
    facts = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, backer, event", [
    ("The Orvel-3 satellite was launched on 3 March 2026. CNES supported the launch.", "CNES", "launch"),
    ("The Orvel-3 satellite was launched on 3 March 2026. Engineers at DLR supported the launch.", "DLR", "launch"),
    ("The Orla probe landed on Mars on 3 May 2025. JAXA supported the landing.", "JAXA", "landing"),
])
def test_rules_stakes_backing_an_event_told_of_contributes_to_it(read, text, backer, event):
    got = triples(read(text))
    assert any(s == backer and p == "contributesTo" and o.startswith(event) for s, p, o in got), got


def test_rules_stakes_backing_an_event_never_told_makes_none(read):
    got = triples(read("CNES supported the launch."))
    assert not any(p == "contributesTo" for _, p, _ in got), got


@pytest.mark.parametrize("text, backers, craft", [
    ("The Juice mission includes contributions from NASA, JAXA and the Israel Space Agency.",
     {"NASA", "JAXA", "Israel Space Agency"}, "JUICE"),
    ("The Vela satellite has contributions from DLR.", {"DLR"}, "Vela"),
])
def test_rules_stakes_a_craft_that_has_backing_from_bodies(read, text, backers, craft):
    got = triples(read(text))
    assert {s for s, p, o in got if p == "contributesTo" and o == craft} >= backers, got


@pytest.mark.parametrize("text", [
    "The workshop included contributions from ESA.",
    "The budget includes contributions from Italy.",
])
def test_rules_stakes_backing_of_no_craft_gives_none(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got


def test_rules_stakes_a_craft_studies_every_body_of_its_list(read):
    got = triples(read("Juice will study the moons Ganymede, Callisto and Europa."))
    assert {o for s, p, o in got if s == "JUICE" and p == "target"} >= {"Ganymede", "Callisto", "Europa"}, got
