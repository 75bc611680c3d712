"""A facility a country or a body will host is no gathering ("Australia will host a tracking station on the Cocos
Islands": rules/occurrences.py); people listed after "including", on the subject's "from" phrase, gather where the
subject does ("Heads of agencies from 12 countries, including A and B, gathered in X for the Y Conference":
referents.listed_people); a group that pays a visit takes part in it ("A delegation led by X paid a visit to Y":
rules/occurrences.py). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_a_hosted_station_is_no_meeting(read):
    ext = read("Australia will host a tracking station on the Cocos Islands.")
    assert not any("Meeting" in e.classes for e in ext.entities.values()), sorted(triples(ext))


def test_a_hosted_workshop_is_one(read):
    got = triples(read("ESA hosted a workshop at ESTEC on 3 May 2026."))
    assert any(s.startswith("workshop") and p == "participant" and o == "ESA" for s, p, o in got), sorted(got)


def test_heads_listed_after_including_take_part(read):
    got = triples(read("Heads of space agencies from 12 countries, including NASA Administrator Ana Ruiz, ESA "
                       "Director General Ola Berg and JAXA President Kari Holm, gathered in Bengaluru for the Global "
                       "Space Exploration Conference."))
    people = {o for s, p, o in got if p == "participant" and s == "Global Space Exploration Conference"}
    assert {"Ana Ruiz", "Ola Berg", "Kari Holm"} <= people, sorted(got)


def test_a_group_that_pays_a_visit_takes_part(read):
    got = triples(read("A delegation led by ESA Director General Ola Berg paid a visit to the Vela Space Centre on 4 "
                       "May 2026."))
    visit = {(p, o) for s, p, o in got if s.startswith("visit")}
    assert {("locatedIn", "Vela Space Centre")} <= visit and any(p == "participant" for p, _ in visit), sorted(got)
