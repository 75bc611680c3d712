"""Two names coordinated where the parser hangs the first on the second as a modifier (referents.things)."""

from __future__ import annotations

from ..helpers import triples


def test_rules_coordinated_modifier_both_signers_sign(read):
    t = triples(read("The memorandum was signed in Lisbon on 11 June 2025 by ESA and Portugal Space."))
    assert {o for s, p, o in t if p == "signatory"} >= {"ESA", "Portugal Space"}, t


def test_rules_coordinated_modifier_a_name_modifier_without_and_is_not_a_party(read):
    t = triples(read("The memorandum was signed in Lisbon on 11 June 2025 by the Vela Space Agency Lisbon Office."))
    assert not any(p == "signatory" and o == "Vela Space Agency" for s, p, o in t), t


def test_rules_coordinated_modifier_titled_people_with_hyphened_names(read):
    # "X President A B-c and Y President D E": the parser hangs the first person on the second, "and" on
    # the last word of the first name
    t = triples(read("The memorandum was signed by KARI President Lee Sang-ryul and ASI President Teodoro Valente."))
    assert {o for s, p, o in t if p == "signatory"} >= {"Lee Sang-ryul", "Teodoro Valente"}, t
