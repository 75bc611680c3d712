"""A group told of by its noun that takes part in an event, whatever made the event, takes part through its leader
and, standing for no body of its own, through the leader's body (rules/led_groups.py; session 37). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples


def test_a_led_delegation_in_talks_brings_its_leader_and_his_agency(read):
    t = triples(read("The delegation, led by PhilSA Director General Joel Marciano Jr., held talks with JAXA Vice "
                     "President Hiroshi Sasaki on satellite data sharing."))
    talks = {s for s, p, o in t if p == "participant" and o == "Hiroshi Sasaki"}
    assert talks and all((e, "participant", "Joel Marciano Jr.") in t for e in talks), t
    assert all((e, "participant", "Philippine Space Agency") in t for e in talks), t


def test_a_delegation_from_a_body_brings_that_body(read):
    t = triples(read("A delegation from BRIN, led by its Chairman Laksana Prawira, visited the Tsukuba Space Center "
                     "on 3 May 2026.", date=dt.date(2026, 5, 5)))
    visits = {s for s, p, o in t if p == "participant" and o == "Laksana Prawira"}
    assert visits and all((e, "participant", "BRIN") in t for e in visits), t


def test_a_team_of_a_body_led_by_a_person_brings_no_other_body(read):
    t = triples(read("A JAXA team led by Ana Ruiz, a former ESA engineer, visited ESTEC on 3 May 2026.",
                     date=dt.date(2026, 5, 5)))
    assert not any(p == "participant" and o == "ESA" for s, p, o in t), t


def test_a_research_team_is_no_delegation_of_its_leaders_university(read):
    t = triples(read("The discovery was made by a team led by Elena Varga of Tarsis University. The team will "
                     "present its results at the Kelvin Symposium in Oslo on 17 March."))
    assert ("Kelvin Symposium", "participant", "Elena Varga") in t, t
    assert ("Kelvin Symposium", "participant", "Tarsis University") not in t, t
