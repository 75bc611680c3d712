"""Whose post a governing body gives (rules/posts.py, frame:appoint), on sentences written for these tests:
"its Chair" is the electing body's; an executive it appoints heads what it governs, named inside its name or
by a short name told before."""

from ..helpers import triples


def test_rules_electing_bodies_its_chair_is_the_council_s(read):
    t = triples(read("The Council of ESA elected Piet Holmgren as its Chair."))
    assert ("Piet Holmgren", "headOf", "Council of ESA") in t and ("Piet Holmgren", "headOf", "ESA") not in t


def test_rules_electing_bodies_an_executive_heads_the_governed(read):
    t = triples(read("The Vela Space Agency (VSA) has a new head. The Board of the VSA appointed Piet Holmgren as "
                     "interim Director General."))
    assert ("Piet Holmgren", "headOf", "Vela Space Agency") in t


def test_rules_electing_bodies_a_plain_agency_s_its_is_its_own(read):
    t = triples(read("KARI appointed Piet Holmgren as its President."))
    assert ("Piet Holmgren", "headOf", "KARI") in t
