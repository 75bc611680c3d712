"""infer:supplier-of-part and the suppliers a frame:supply clause names, on sentences written for them:
a pronoun that points forward, a passive without its own agent, a country that contributes a part."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, who, whole", [
    ("NASA leads the Vela mission. Because it contributed the Zephyr Laser Altimeter (ZLA), Canada will "
     "receive a portion of the sample. Within the Vela mission, ZLA mapped the asteroid.", "Canada", "Vela"),
    ("Since it built the Lyra camera, ESA will get data. The Lyra camera is part of the Vela mission.",
     "ESA", "Vela"),
    ("Italy supplied the Kestrel spectrometer, which is carried on board the Nova orbiter.", "Italy", "Nova"),
])
def test_rules_suppliers_take_part_in_the_whole(read, text, who, whole):
    assert (who, "contributesTo", whole) in triples(read(text))


def test_rules_suppliers_forward_pronoun_not_the_previous_agency(read):
    """"Because it contributed X, Canada ...": "it" is Canada, not the agency of the sentence before."""
    facts = triples(read("NASA leads the Vela mission. Because it contributed the Zephyr Laser Altimeter, "
                         "ISRO will receive a portion of the sample."))
    assert ("Zephyr Laser Altimeter", "providedBy", "ISRO") in facts, facts
    assert ("Zephyr Laser Altimeter", "providedBy", "NASA") not in facts, facts


def test_rules_suppliers_backward_pronoun_still_looks_back(read):
    """A pronoun of a main clause, or of a clause after its main clause, keeps its antecedent."""
    facts = triples(read("JAXA leads the Vela mission. It built the Zephyr camera."))
    assert ("Zephyr", "providedBy", "JAXA") in facts, facts


@pytest.mark.parametrize("text", [
    "A cooperation agreement was signed by EUMETSAT and ESA, guaranteeing that the Vela satellites will be "
    "developed.",
    "ESA and CNES announced that the Zephyr camera will be built next year.",
])
def test_rules_suppliers_passive_without_agent_names_no_provider(read, text):
    facts = triples(read(text))
    assert not any(p == "providedBy" for _, p, _ in facts), facts


def test_rules_suppliers_passive_with_its_own_agent(read):
    facts = triples(read("The Kestrel magnetometer, which was developed by DLR, will fly in 2026."))
    assert ("Kestrel", "providedBy", "DLR") in facts, facts


@pytest.mark.parametrize("text, thing, who", [
    ("The Vela mission includes the Zephyr spectrometer, provided by the Italian Space Agency.", "Zephyr", "ASI"),
    ("Built by OHB, the Zephyr probe will launch in 2026.", "Zephyr", "OHB"),
    ("The Vela probe will carry the Zephyr camera, developed by JAXA.", "Zephyr", "JAXA"),
])
def test_rules_suppliers_participle_hung_on_the_clause(read, text, thing, who):
    """A participle the parser hangs on the clause before it supplies the object it follows, or, set first,
    the clause's subject."""
    assert (thing, "providedBy", who) in triples(read(text))


def test_rules_suppliers_participle_of_an_agreement_supplies_nothing(read):
    facts = triples(read("ESA signed the agreement with CNES, supported by the French government."))
    assert not any(p == "providedBy" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, thing, who, whole", [
    ("The Zephyr arm is the Canadian Space Agency's contribution to the Vela probe.", "Zephyr", "CSA", "Vela"),
    ("The Zephyr instrument is a contribution of the Canadian Space Agency.", "Zephyr", "CSA", None),
    ("Canada's contribution to the Vela mission is the Zephyr robotic arm.", "Zephyr", None, "Vela"),
])
def test_rules_suppliers_contribution_by_copula(read, text, thing, who, whole):
    facts = triples(read(text))
    if who:
        assert (thing, "providedBy", who) in facts, facts
    if whole:
        assert (thing, "partOf", whole) in facts, facts


def test_rules_suppliers_contribution_said_of_no_part(read):
    facts = triples(read("Canada's contribution to the Vela mission is significant."))
    assert not any(p in ("providedBy", "partOf") for _, p, _ in facts), facts


@pytest.mark.parametrize("text", [
    "ESA leads the Vela mission. The agreement provides for JAXA to contribute to the mission with the Zephyr "
    "camera.",
    "The Vela probe, a mission led by ESA, is to study the impact that NASA's Kestrel mission makes on Didymos. "
    "JAXA will contribute to the mission with the Zephyr camera.",
])
def test_rules_suppliers_contribute_to_the_mission_with(read, text):
    """"contribute to the mission with X" (the parser hangs "with" on "mission"): "the mission" is the craft
    the text is about (a main clause's subject), not the latest craft named in passing."""
    facts = triples(read(text))
    assert ("Zephyr", "partOf", "Vela") in facts, facts
    assert ("Zephyr", "partOf", "Kestrel") not in facts, facts


@pytest.mark.parametrize("text, thing, who", [
    ("Zephyr is a lander that DLR designed and built.", "Zephyr", "DLR"),
    ("The Zephyr probe is an orbiter developed by JAXA.", "Zephyr", "JAXA"),
])
def test_rules_suppliers_described_noun_of_a_copula(read, text, thing, who):
    """"X is a lander that DLR built": the lander is X, no second, unnamed lander."""
    result = read(text)
    assert (thing, "providedBy", who) in triples(result)
    assert not any("[t]" in e.label for e in result.entities.values())


@pytest.mark.parametrize("text, thing, makers", [
    ("The Vela instrument was developed by CNES with the Zephyr Institute in Toulouse.", "Vela",
     {"CNES", "Zephyr Institute"}),
    ("ESA built the Vela satellite with NASA.", "Vela", {"ESA", "NASA"}),
])
def test_rules_suppliers_a_body_it_was_made_with_provides_it_too(read, text, thing, makers):
    result = read(text)
    assert {(thing, "providedBy", m) for m in makers} <= triples(result), triples(result)


def test_rules_suppliers_made_with_a_material_names_no_provider(read):
    result = read("CNES developed the Vela camera with a new carbon structure in 2020.")
    assert {p for s, r, p in triples(result) if r == "providedBy"} <= {"CNES"}, triples(result)
