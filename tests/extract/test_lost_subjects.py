"""The subject of a second clause the parser took for a second object ("JAXA will supply the camera and the Kelmar
Space Agency will build the rover": the agency builds the rover, not JAXA; extract/lost_subjects.py); one subject
of two verbs keeps both ("CNES developed the camera and the spectrometer and tested them"). Sentences written for
these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_second_clause_keeps_its_subject(read):
    got = triples(read("Under the agreement, JAXA will supply the lander's navigation camera and the Kelmar Space "
                       "Agency will build the rover."))
    assert ("rover", "providedBy", "Kelmar Space Agency") in {(s.split(" [")[0], p, o) for s, p, o in got}, got
    assert not any(s.startswith("rover") and o == "JAXA" for s, _, o in got), got


def test_one_subject_of_two_verbs(read):
    got = triples(read("CNES developed the camera and the spectrometer and tested them in Toulouse."))
    assert {o for s, p, o in got if p == "providedBy"} == {"CNES"}, got
