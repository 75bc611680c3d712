"""phrase:its-part on sentences written for it: "its capsule" is a part of the craft "its" refers to,
and later definite descriptions ("the capsule") land on that part."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, part, craft", [
    ("The Zephyr probe separated its re-entry capsule on 3 May 2024.", "capsule", "Zephyr"),
    ("The Vela spacecraft released its landing module on Monday.", "module", "Vela"),
    ("The Aurora orbiter switched on its camera last week.", "camera", "Aurora"),
    # "its" after an asteroid just named: the craft of the sentences before
    ("The explorer \"NOVA\" reached the asteroid \"Kora\" in 2005. Once it had collected dust from Kora's "
     "surface, the spacecraft headed back. It separated its re-entry capsule ahead of arrival.", "capsule", "NOVA"),
])
def test_rules_anaphora_its_part_wordings(read, text, part, craft):
    facts = triples(read(text))
    assert any(p == "partOf" and part in s and o == craft for s, p, o in facts), facts


def test_rules_anaphora_its_part_then_the_part(read):
    """"the capsule" in the next sentence is the capsule just released, not a new node."""
    result = read("The Zephyr probe separated its re-entry capsule on 3 May 2024. "
                  "The capsule was carried to the Vela Space Centre.")
    capsules = [e for e in result.entities.values() if "capsule" in e.label]
    assert len(capsules) == 1, [e.label for e in result.entities.values()]


@pytest.mark.parametrize("text", [
    "The Orion Space Agency presented its new camera on Monday.",  # an agency's camera: no craft
    "The Vela Space Agency announced its budget for 2025.",  # no part noun
    # the craft is named too far back (three sentences) for "its"
    "The Zephyr probe was launched in 2001. Engineers built a laboratory in Kora in 2003. "
    "The laboratory hired new staff. In 2010, the laboratory tested its camera.",
])
def test_rules_anaphora_its_part_not_without_a_craft(read, text):
    facts = triples(read(text))
    assert not any(p == "partOf" and ("camera" in s or "budget" in s) for s, p, o in facts), facts


def test_rules_anaphora_its_own_is_no_owner(read):
    """"can build on its own a lunar orbiter": "its own" is an idiom; the orbiter is no part."""
    facts = triples(read("The Zephyr probe reached orbit. This shows that Vela now has the skills needed "
                          "and can build on its own a lunar orbiter that reaches the moon."))
    assert not any(p == "partOf" and "orbiter" in s for s, p, o in facts), facts


@pytest.mark.parametrize("text, later", [
    ("Anna Vela met Kenji Amano in Tokyo on 3 May 2022. Officials of ISRO and NASA took part in the meeting.",
     {"ISRO", "NASA"}),
    ("Anna Vela visited the Tsukuba Space Center on 3 May 2022. Officials of JAXA took part in the visit.",
     {"JAXA"}),
])
def test_rules_anaphora_verb_antecedent(read, text, later):
    """"A met B. X took part in the meeting": one meeting, with every participant."""
    result = read(text)
    facts = triples(result)
    events = {s for s, p, o in facts if p == "participant"}
    assert len(events) == 1, facts
    assert later | {"Anna Vela"} <= {o for s, p, o in facts if p == "participant"}, facts


def test_rules_anaphora_verb_antecedent_not_without_a_doer(read):
    """"will meet its requirements" tells of no meeting: "the meeting" later is its own."""
    result = read("The Vela probe will meet its launch requirements. Officials of ESA took part in the meeting "
                  "in Paris on 3 May 2022.")
    meetings = [e for e in result.entities.values() if "Meeting" in e.classes]
    assert all(m.mentions[0].start > 8 for m in meetings), [(m.label, m.mentions) for m in meetings]


@pytest.mark.parametrize("text, who", [
    ("Anna Vela, the French minister for research, visited JAXA on 3 May 2022. The minister met Kenji Amano, "
     "President of JAXA.", "Anna Vela"),
    ("Minister Anna Vela arrived in Tokyo on 3 May 2022. The minister met Kenji Amano, President of JAXA.",
     "Anna Vela"),
])
def test_rules_anaphora_the_minister(read, text, who):
    """"The minister" is the one person written with that title in the last sentences."""
    facts = triples(read(text))
    meetings = {s for s, p, o in facts if p == "participant" and o == "Kenji Amano"}
    assert meetings and all((m, "participant", who) in facts for m in meetings), facts


def test_rules_anaphora_the_president_ambiguous(read):
    """Two presidents in view: "the president" refers to neither."""
    facts = triples(read("Anna Vela, President of CNES, met Kenji Amano, President of JAXA, on 3 May 2022. "
                         "The president then visited Toulouse on 4 May 2022."))
    assert not any(p == "participant" and s.startswith("meeting (2022-05-04") for s, p, o in facts), facts


def test_rules_anaphora_its_plural_parts(read):
    """"Its instruments": the group is a part of the craft, as "its camera" is."""
    facts = triples(read("The Kestrel orbiter was launched on 3 May. Its instruments will be switched on next week."))
    assert any(p == "partOf" and o == "Kestrel" and s.startswith("instruments") for s, p, o in facts), facts


def test_rules_anaphora_its_plural_not_an_agencys(read):
    facts = triples(read("ESA presented the Kestrel orbiter. The agency said its instruments were ready."))
    assert not any(p == "partOf" and s.startswith("instruments") and o == "ESA" for s, p, o in facts), facts


@pytest.mark.parametrize("text, part, craft", [
    ("The Zephyr orbiter carries a camera. The orbiter's radar will map the ice below the surface.", "radar",
     "Zephyr"),
    ("The Zephyr lander touched down on 4 May. The lander's drill will collect samples.", "drill", "Zephyr"),
])
def test_anaphora_the_crafts_part_is_part_of_the_craft_told_of_before(read, text, part, craft):
    result = read(text)
    assert any(s.startswith(part) and p == "partOf" and o == craft for s, p, o in triples(result)), triples(result)


def test_anaphora_the_agencys_part_is_no_crafts_part(read):
    result = read("ESA built the Zephyr probe. The agency's radar team met in May.")
    assert not [t for t in triples(result) if t[1] == "partOf"], triples(result)
