"""frame:covers-topic and dep:operator-modifier on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, holder, topics", [
    ("The agreement covers the Kestrel mission and the Lyra satellite.", "agreement", {"Kestrel", "Lyra"}),
    ("The contract concerns the development of the Kestrel spacecraft.", "contract", {"Kestrel"}),
    ("The Borealis mission was discussed at the meeting.", "meeting", {"Borealis"}),
    ("The memorandum focuses on the Lunar Gateway.", "memorandum", {"Lunar Gateway"}),
])
def test_rules_covers_topic(read, text, holder, topics):
    facts = triples(read(text))
    found = {o for s, p, o in facts if p == "topic" and s.startswith(holder)}
    assert topics <= found, facts


def test_rules_covers_topic_needs_an_event_or_agreement(read):
    """People who discuss are not what is discussed: no topic without a meeting or an agreement."""
    facts = triples(read("Engineers at the plant examined the Kestrel spacecraft."))
    assert not any(p == "topic" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, craft, agency", [
    ("As part of the NASA Pegasus mission, the drill will reach the surface.", "Pegasus", "NASA"),
    ("The ESA Orion mission will study Venus.", "Orion", "ESA"),
    ("The JAXA Kestrel satellite will observe clouds.", "Kestrel", "JAXA"),
])
def test_rules_operator_modifier(read, text, craft, agency):
    facts = triples(read(text))
    assert (craft, "operatedBy", agency) in facts, facts


def test_rules_operator_modifier_not_for_a_company(read):
    """"the Airbus satellite" is more often built than run by Airbus."""
    facts = triples(read("The Airbus Kestrel satellite passed its tests."))
    assert not any(p == "operatedBy" for _, p, _ in facts), facts


def test_mentions_agency_in_front_is_not_part_of_the_name(read):
    labels = {e.label for e in read("The JAXA Kestrel satellite will observe clouds.").entities.values()}
    assert {"JAXA", "Kestrel"} <= labels and "JAXA Kestrel" not in labels


def test_mentions_company_name_keeps_its_parent(read):
    labels = {e.label for e in read("Airbus Defence and Space will build the Kestrel satellite.").entities.values()}
    assert "Defence and Space" not in labels


def test_rules_mission_of_an_agency_is_run_by_it(read):
    facts = triples(read("Nova, a mission of ESA, will study Venus."))
    assert ("Nova", "operatedBy", "ESA") in facts, facts


@pytest.mark.parametrize("text, craft, org", [
    ("Lyra is an ESA mission.", "Lyra", "ESA"),
    ("The Lyra probe is a JAXA spacecraft that will study Mars.", "Lyra", "JAXA"),
])
def test_rules_topics_operators_a_copula_with_an_agency_s_craft_noun(read, text, craft, org):
    assert (craft, "operatedBy", org) in triples(read(text)), triples(read(text))


def test_rules_topics_operators_a_copula_with_an_agency_s_partner_is_no_operation(read):
    t = triples(read("ESA is a JAXA partner. The camera is an ESA instrument."))
    assert not any(p == "operatedBy" for s, p, o in t), t
