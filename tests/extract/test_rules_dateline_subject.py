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
