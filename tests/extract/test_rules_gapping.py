"""frames.py, gapping on sentences written for it: a clause that says again only a new subject and a new object
("CNES will provide the camera and DLR the spectrometer") or, in the passive, a new patient and a new agent
("the orbiter was built by Airbus and the lander by OHB") is a clause of the verb for the rules."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, expected, wrong", [
    ("CNES will provide the camera and DLR the spectrometer.",
     {("camera", "providedBy", "CNES"), ("spectrometer", "providedBy", "DLR")}, ("spectrometer", "providedBy", "CNES")),
    ("NASA will supply the launcher, ESA the service module and JAXA the lander.",
     {("service module", "providedBy", "ESA"), ("lander", "providedBy", "JAXA")}, ("lander", "providedBy", "NASA")),
    ("ESA will develop the orbiter, while NASA the rover.",
     {("orbiter", "providedBy", "ESA"), ("rover", "providedBy", "NASA")}, ("rover", "providedBy", "ESA")),
    ("Airbus will build the spacecraft and OHB its instruments.",
     {("spacecraft", "providedBy", "Airbus"), ("instruments", "providedBy", "OHB")},
     ("instruments", "providedBy", "Airbus")),
    ("ASI supplied two cameras and CNES three spectrometers.",
     {("two cameras", "providedBy", "ASI"), ("three spectrometers", "providedBy", "CNES")},
     ("three spectrometers", "providedBy", "ASI")),
    ("ESA will supply the platform and the University of Bern the spectrometer.",
     {("spectrometer", "providedBy", "University of Bern")}, ("spectrometer", "providedBy", "ESA")),
])
def test_gapped_clause_has_its_own_subject(read, text, expected, wrong):
    got = {(s.split(" [")[0], p, o) for s, p, o in triples(read(text))}
    assert expected <= got, got
    assert wrong not in got, got


def test_gapped_clause_shares_the_verbs_later_phrase(read):
    got = {(s.split(" [")[0], p, o) for s, p, o in triples(read(
        "ASI supplied two cameras and CNES a spectrometer for the Vela probe."))}
    assert ("spectrometer of Vela", "providedBy", "CNES") in got, got
    assert ("CNES", "contributesTo", "Vela") in got, got
    assert ("spectrometer of Vela", "providedBy", "ASI") not in got, got


@pytest.mark.parametrize("text, expected, wrong", [
    ("The Kestrel orbiter was built by Airbus and the lander by OHB.",
     {("Kestrel", "providedBy", "Airbus"), ("lander", "providedBy", "OHB")}, ("Kestrel", "providedBy", "OHB")),
    ("The camera will be provided by ASI, the spectrometer by CNES and the antenna by DLR.",
     {("camera", "providedBy", "ASI"), ("spectrometer", "providedBy", "CNES"), ("antenna", "providedBy", "DLR")},
     ("camera", "providedBy", "DLR")),
])
def test_gapped_passive_clause_has_its_own_agent(read, text, expected, wrong):
    got = {(s.split(" [")[0], p, o) for s, p, o in triples(read(text))}
    assert expected <= got, got
    assert wrong not in got, got


@pytest.mark.parametrize("text, expected", [
    ("ESA built the orbiter and the lander.", {("orbiter", "providedBy", "ESA"), ("lander", "providedBy", "ESA")}),
    ("The agreement was signed by ESA and NASA.",
     {("agreement", "signatory", "ESA"), ("agreement", "signatory", "NASA")}),
    # (the spectrometer is the Kestrel's too: the one mission in view, rules/parts_in_view.py)
    ("CNES will provide the camera for the Kestrel mission, and DLR will provide the spectrometer.",
     {("camera of Kestrel", "providedBy", "CNES"), ("spectrometer of Kestrel", "providedBy", "DLR")}),
])
def test_no_gap_in_plain_coordination(read, text, expected):
    got = {(s.split(" [")[0], p, o) for s, p, o in triples(read(text))}
    assert expected <= got, got


def test_no_gap_after_a_dative(read):
    """"gave JAXA the data and NASA the samples": the names receive, they do not give."""
    got = triples(read("ESA will give JAXA the camera and NASA the spectrometer."))
    assert not any(p == "providedBy" and o in ("JAXA", "NASA") for _, p, o in got), got
