"""An organization, title words and a person's name in a row, parsed apart (rules/titles.py)."""

from __future__ import annotations

from ..helpers import triples


def test_rules_org_title_name_coordinated_second_signer_heads_its_agency(read):
    t = triples(read("The memorandum was signed by Portugal Space President Ricardo Conde and Vela Space Agency "
                     "Director General Amira Haddad on Wednesday."))
    assert ("Amira Haddad", "headOf", "Vela Space Agency") in t, t


def test_rules_org_title_name_deputy_is_a_member(read):
    t = triples(read("The plan was signed by Portugal Space President Ricardo Conde and Vela Space Agency "
                     "Deputy Director Omar Saleh on Wednesday."))
    assert ("Omar Saleh", "memberOf", "Vela Space Agency") in t, t
    assert ("Omar Saleh", "headOf", "Vela Space Agency") not in t, t


def test_rules_org_title_name_no_title_between_makes_no_post(read):
    t = triples(read("The memorandum was signed by Portugal Space and Vela Space Agency, Amira Haddad said."))
    assert not any(s == "Amira Haddad" and p in ("headOf", "memberOf") for s, p, o in t), t
