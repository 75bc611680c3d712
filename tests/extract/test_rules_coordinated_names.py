"""A name coordinated with a word inside another name is the whole name's conjunct (entities.EntityTable.conjuncts).

"The Ministry of Defence and Airbus signed": the parser hangs the second name on "Defence", inside the
first; every rule that reads a subject, an agent or an object reads both.
"""

from __future__ import annotations

from ..helpers import triples


def test_rules_coordinated_names_a_ministry_and_a_company_both_sign(read):
    t = triples(read("The Ministry of Defence and Airbus signed a contract for the Helios satellite."))
    assert ("contract", "signatory", "Airbus") in {(s.split(" [")[0], p, o) for s, p, o in t}, t
    assert ("contract", "signatory", "Ministry of Defence") in {(s.split(" [")[0], p, o) for s, p, o in t}, t


def test_rules_coordinated_names_a_passive_agent_list_signs_too(read):
    t = {(s.split(" [")[0], p, o) for s, p, o in triples(read(
        "The agreement was signed by the Institute of Space Physics and Airbus in Kiruna."))}
    assert ("agreement", "signatory", "Airbus") in t and (
        "agreement", "signatory", "Institute of Space Physics") in t, t


def test_rules_coordinated_names_a_university_and_a_company_meet(read):
    t = {(s.split(" (")[0], p, o) for s, p, o in triples(read(
        "The University of Leeds and OHB met in Bremen on Monday to discuss the lander."))}
    assert ("meeting", "participant", "OHB") in t and ("meeting", "participant", "University of Leeds") in t, t


def test_rules_coordinated_names_a_city_after_a_university_is_no_signatory(read):
    t = triples(read("The University of Bern and Geneva signed an agreement with the Swiss Space Office."))
    assert not any(o == "Geneva" and p == "signatory" for s, p, o in t), t
    assert any(p == "signatory" and o == "University of Bern" for s, p, o in t), t
