"""Who a "led by" makes head of what; "the agency" is no government (rules/posts.py, entities.may_take_back)."""

from __future__ import annotations

from ..helpers import triples


def test_rules_led_groups_a_vice_president_leading_a_delegation_does_not_head_the_agency(read):
    t = triples(read("Earlier in the week, a delegation from the Japanese space agency JAXA, led by its Vice "
                     "President Hiroshi Sasaki, visited the Matera Space Centre."))
    assert ("Hiroshi Sasaki", "memberOf", "JAXA") in t and ("Hiroshi Sasaki", "headOf", "JAXA") not in t, t


def test_rules_led_groups_a_president_leading_the_agency_heads_it(read):
    t = triples(read("The Vela Space Agency, led by its President Amira Haddad, signed the agreement in Rome."))
    assert ("Amira Haddad", "headOf", "Vela Space Agency") in t, t


def test_rules_led_groups_the_agency_is_not_the_government_told_of_before(read):
    t = triples(read("The President of the Italian Space Agency, Marco Bellini, resigned on Friday. The Italian "
                     "government thanked him. Vice President Laura Conti will lead the agency for now."))
    assert ("Laura Conti", "headOf", "ASI") in t and not any(
        s == "Laura Conti" and "government" in o for s, p, o in t), t

