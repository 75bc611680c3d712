"""dep:nationality on appositions and lists, in sentences written for it."""

from __future__ import annotations

from ..helpers import triples


def test_rules_nationality_of_an_apposition_goes_to_the_name_before_the_comma(read):
    facts = triples(read("CNES will be partnered by CEA, the French commission for atomic energy."))
    assert ("CEA", "country", "France") in facts and ("CNES", "country", "France") not in facts, facts


def test_rules_nationality_reaches_every_name_a_plural_noun_sets_out(read):
    facts = triples(read("The Italian manufacturers Avio and Telespazio will build the stage."))
    assert {("Avio", "country", "Italy"), ("Telespazio", "country", "Italy")} <= facts, facts
