"""dep:nationality on appositions and lists, in sentences written for it."""

from __future__ import annotations


def _facts(result) -> set[tuple[str, str, str]]:
    label = {k: e.label for k, e in result.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in result.relations}


def test_rules_nationality_of_an_apposition_goes_to_the_name_before_the_comma(read):
    facts = _facts(read("CNES will be partnered by CEA, the French commission for atomic energy."))
    assert ("CEA", "country", "France") in facts and ("CNES", "country", "France") not in facts, facts


def test_rules_nationality_reaches_every_name_a_plural_noun_sets_out(read):
    facts = _facts(read("The Italian manufacturers Avio and Telespazio will build the stage."))
    assert {("Avio", "country", "Italy"), ("Telespazio", "country", "Italy")} <= facts, facts
