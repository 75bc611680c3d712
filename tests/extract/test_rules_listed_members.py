"""A plural noun stands for the names listed after it: a colon list or a list opener (referents.listed_members,
lexicon ENUMERATORS), read by the rules that read the noun; "X has partners", "partners in X include"
(dep:partner-in, lexicon HAVING_VERBS and LISTING_VERBS)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Vela probe has two partners: the Polish Space Agency and Thales Alenia Space.",
    "The Vela probe brings together several partners, including the Polish Space Agency and Thales Alenia Space.",
    "Partners in the Vela probe include the Polish Space Agency and Thales Alenia Space.",
])
def test_rules_listed_members_each_listed_partner_contributes(read, text):
    t = triples(read(text))
    assert ("Polish Space Agency", "contributesTo", "Vela") in t and (
        "Thales Alenia Space", "contributesTo", "Vela") in t, t


def test_rules_listed_members_a_colon_list_of_instruments_is_carried(read):
    t = triples(read("The Vela orbiter carries three cameras: Lynx, Otter and Heron."))
    assert {("Lynx", "partOf", "Vela"), ("Otter", "partOf", "Vela"), ("Heron", "partOf", "Vela")} <= t, t


@pytest.mark.parametrize("opener", ["including", "such as"])
def test_rules_listed_members_builders_after_a_list_opener(read, opener):
    t = triples(read(f"The Vela probe was built by several companies, {opener} Airbus and OHB."))
    assert ("Vela", "providedBy", "Airbus") in t and ("Vela", "providedBy", "OHB") in t, t


def test_rules_listed_members_places_listed_after_partners_contribute_nothing(read):
    t = triples(read("The Helios mission has partners in three cities: Rome, Turin and Milan."))
    assert not any(p == "contributesTo" for s, p, o in t), t


def test_rules_listed_members_a_list_of_goals_makes_no_partner(read):
    t = triples(read("The Helios mission has three goals: mapping, imaging and sounding, with ESA and JAXA."))
    assert not any(p == "contributesTo" for s, p, o in t), t
