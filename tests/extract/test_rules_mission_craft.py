""""The mission" takes back a named craft when no mission was named (context.definite), on sentences written
for these tests: "The Kestra probe will be launched in 2028. The mission will be operated by X"."""

from ..helpers import triples


def test_rules_mission_craft_the_mission_is_the_probe(read):
    t = triples(read("The Pika probe will be launched in 2028. The mission will be operated by the Andean Space "
                     "Agency."))
    assert ("Pika", "operatedBy", "Andean Space Agency") in t


def test_rules_mission_craft_the_mission_is_the_satellite(read):
    t = triples(read("The Lyra-2 satellite was launched on 3 May. The mission is led by KARI."))
    assert ("Lyra-2", "operatedBy", "KARI") in t


def test_rules_mission_craft_a_named_mission_comes_first(read):
    t = triples(read("The Orpheus mission will send the Pika lander to Mars. The mission will be operated by KARI."))
    assert ("Orpheus", "operatedBy", "KARI") in t and ("Pika", "operatedBy", "KARI") not in t


def test_rules_mission_craft_not_a_rocket(read):
    t = triples(read("The Vega rocket lifted off from Kourou on 3 May. The mission will be operated by KARI."))
    assert not any(p == "operatedBy" and s.startswith("Vega") for s, p, _ in t)
