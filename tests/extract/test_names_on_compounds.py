""""The Aurora X-ray observatory, a mission of ESA": a name hung on a compound of its class noun (the parser
making "Aurora" a modifier of "X") is the noun's name (Context.named_child), also to the apposition that says
whose mission it is (rules/apposed_missions.py). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_an_apposed_mission_of_a_name_on_a_compound(read):
    got = read("Noordwijk, 21 October 2026 – The Aurora X-ray observatory, a mission of ESA, has passed its "
               "critical design review.")
    assert ("Aurora", "operatedBy", "ESA") in triples(got), triples(got)


def test_a_name_on_a_compound_of_its_class_noun(read):
    text = ("The mission was approved in 2024.\n\nThe Aurora X-ray observatory, a mission of the European Space "
            "Agency with contributions from NASA and JAXA, will be launched in 2031.")
    got = read(text)
    assert {("NASA", "contributesTo", "Aurora"), ("JAXA", "contributesTo", "Aurora")} <= triples(got), triples(got)
