"""A dateline's town is not the subject of the first sentence (nlp sets the dateline apart from the lead)."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_rules_dateline_subject_the_agency_after_the_dash_acts(read):
    t = triples(read("OTTAWA, 2 April 2025 - The Canadian Space Agency will contribute a stereo camera to the "
                     "Lunar Pathfinder rover."))
    assert ("CSA", "contributesTo", "Lunar Pathfinder") in t, t
    assert not any(o == "Ottawa" and p in ("contributesTo", "participant", "providedBy") for s, p, o in t), t


def test_rules_dateline_subject_a_town_subject_without_a_dash_stays(read):
    t = triples(read("Toulouse, the home of CNES, hosted the meeting on 2 April 2025."))
    assert not any(s == "CNES" and p == "participant" for s, p, o in t), t


def test_rules_dateline_subject_a_name_before_a_class_noun_takes_its_class(read):
    got = read("The Canadian Space Agency will contribute a stereo camera to the Lunar Pathfinder rover.")
    assert classes_of(got, "Lunar Pathfinder") == {"Rover"}, [(e.label, e.classes) for e in got.entities.values()]


def test_rules_dateline_subject_a_list_subject_after_a_town_and_a_dash_acts(read):
    """"BENGALURU — A and B held their meeting": the parser took the town for the subject and A for its
    apposition (datelines.dateline_subjects)."""
    t = triples(read("BENGALURU — The Kelmar Space Agency and the Orsian Space Agency held their fifth bilateral "
                     "meeting in Bengaluru on 10 March."))
    parts = {o for s, p, o in t if p == "participant" and s.startswith("fifth bilateral meeting")}
    assert {"Kelmar Space Agency", "Orsian Space Agency"} <= parts, t


def test_rules_dateline_subject_signers_after_a_town_and_a_dash_sign(read):
    t = triples(read("HALDEN — The Vela Space Agency and Orbix Space signed an agreement on 3 March."))
    assert {"Vela Space Agency", "Orbix Space"} <= {o for s, p, o in t if p == "signatory"}, t
