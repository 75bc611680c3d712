"""frame:separated-from and frame:as-part-of on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("The Pico lander was released from the Kestrel spacecraft on 3 May 2021.", ("Pico", "partOf", "Kestrel")),
    ("The Pico probe separated from the Nova orbiter.", ("Pico", "partOf", "Nova")),
    ("The Nova orbiter deployed the Pico lander.", ("Pico", "partOf", "Nova")),
    ("As part of the Kestrel mission, the Falco rover will explore the crater.", ("Falco", "partOf", "Kestrel")),
])
def test_rules_parts(read, text, fact):
    assert fact in triples(read(text))


def test_rules_as_part_of_gives_an_agency_a_contribution(read):
    facts = triples(read("As part of the Kestrel mission, Canada will provide a robotic arm."))
    assert ("Canada", "contributesTo", "Kestrel") in facts, facts


def test_rules_as_part_of_needs_a_mission(read):
    """"As part of the agreement" makes nothing a part of anything."""
    facts = triples(read("As part of the agreement, the Falco rover will explore the crater."))
    assert not any(p == "partOf" for _, p, _ in facts), facts


def test_parts_an_agencys_named_instrument_is_provided_by_it(read):
    result = read("NASA's Vela camera will fly on the Zephyr probe.")
    assert ("Vela", "providedBy", "NASA") in triples(result), triples(result)


def test_parts_an_agencys_satellite_is_operated_not_provided(read):
    result = read("ESA's Zephyr satellite was launched in 2020.")
    assert ("Zephyr", "providedBy", "ESA") not in triples(result), triples(result)


def test_parts_a_pronouns_instrument_names_no_provider(read):
    result = read("CNES is proud of the Zephyr lander. Its science payload was built in Toulouse.")
    assert not [t for t in triples(result) if t[1] == "providedBy"], triples(result)
