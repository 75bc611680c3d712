"""A plural relative clause after coordinated names tells of every name (frames._relative: "A and B, which have
both ...", "to A and to B, who have all ..."); a singular one of the last name only. "A and B cooperated with
<someone not named>" makes no partners of A and B (frame:cooperate)."""

from __future__ import annotations

from ..helpers import triples


def test_rules_plural_relatives_a_plural_verb_tells_of_both_names(read):
    t = triples(read("ESA thanked the Polish Space Agency and the Vela Space Agency, which have both worked with "
                     "ESA on the Lyra mission."))
    assert {("Polish Space Agency", "contributesTo", "Lyra"), ("Vela Space Agency", "contributesTo", "Lyra")} <= t, t


def test_rules_plural_relatives_a_passive_plural_clause_tells_of_both_craft(read):
    t = triples(read("The Lyra probe and the Zephyr probe, which were both built by OHB, reached orbit."))
    assert {("Lyra", "providedBy", "OHB"), ("Zephyr", "providedBy", "OHB")} <= t, t


def test_rules_plural_relatives_coordinated_prepositions_tell_of_each_object(read):
    t = triples(read("We at JAXA are grateful to the Government of Australia and to NASA, who have all "
                     "cooperated with us on the Vela project."))
    assert {("Government of Australia", "contributesTo", "Vela"), ("NASA", "contributesTo", "Vela")} <= t, t
    assert ("Government of Australia", "partnerOf", "NASA") not in t and (
        "NASA", "partnerOf", "Government of Australia") not in t, t


def test_rules_plural_relatives_a_singular_verb_tells_of_the_last_name_only(read):
    t = triples(read("ESA thanked the Polish Space Agency and the Vela Space Agency, which has worked with ESA on "
                     "the Lyra mission."))
    assert ("Vela Space Agency", "contributesTo", "Lyra") in t and (
        "Polish Space Agency", "contributesTo", "Lyra") not in t, t
