"""A part supplied for the one craft in view (rules/parts_in_view.py), on sentences written for these tests."""

from ..helpers import triples


def test_rules_parts_in_view_a_country_contributes_the_antenna(read):
    t = triples(read("The Lyra-4 satellite will map sea ice. Peru is contributing the radar antenna."))
    assert any(s.startswith("radar antenna") and p == "partOf" and o == "Lyra-4" for s, p, o in t)
    assert ("Peru", "contributesTo", "Lyra-4") in t


def test_rules_parts_in_view_an_agency_provides_the_camera(read):
    t = triples(read("The Pika probe will study asteroid Pelion. KARI is providing the thermal camera."))
    assert any(s.startswith("thermal camera") and p == "partOf" and o == "Pika" for s, p, o in t)


def test_rules_parts_in_view_two_craft_in_view_say_nothing(read):
    t = triples(read("The Lyra-4 satellite and the Pika probe will fly in 2028. Peru is contributing the radar "
                     "antenna."))
    assert not any(p == "partOf" for _, p, _ in t)


def test_rules_parts_in_view_a_whole_named_in_the_phrase_wins(read):
    t = triples(read("The Lyra-4 satellite will map sea ice. KARI is providing the radar antenna of the Pika probe."))
    assert not any(p == "partOf" and o == "Lyra-4" for _, p, o in t)
