"""Coalitions (rules/coalitions.py): a craft that is a partnership of parties, a meeting or mission that
brings bodies together; on invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


def test_coalitions_partnership_of_parties_contribute_to_the_craft(read):
    result = read("The Vela constellation is a partnership of Italy, Spain and Portugal.")
    assert {("Italy", "contributesTo", "Vela"), ("Spain", "contributesTo", "Vela"),
            ("Portugal", "contributesTo", "Vela")} <= triples(result), triples(result)


@pytest.mark.parametrize("text", [
    "The two agencies have a partnership of long standing.",
    "The Vela mission is a partnership of great value for Italy.",
])
def test_coalitions_partnership_of_one_or_no_party_gives_nothing(read, text):
    assert not [t for t in triples(read(text)) if t[1] == "contributesTo"], triples(read(text))


def test_coalitions_a_meeting_brings_together_its_participants(read):
    result = read("The meeting in Paris brought together representatives of CNES, DLR and ASI.")
    got = {(p, o) for s, p, o in triples(result) if s.startswith("meeting")}
    assert {("participant", "CNES"), ("participant", "DLR"), ("participant", "ASI")} <= got, triples(result)


def test_coalitions_a_workshop_gathers_experts_of_agencies(read):
    result = read("The workshop on 4 May gathered experts from ESA and JAXA.", date=dt.date(2024, 5, 6))
    got = {(p, o) for s, p, o in triples(result) if s.startswith("workshop")}
    assert {("participant", "ESA"), ("participant", "JAXA")} <= got, triples(result)


def test_coalitions_bring_without_together_gathers_nothing(read):
    result = read("The Vela mission will bring ESA new data on the ozone layer.")
    assert not [t for t in triples(result) if t[1] in ("contributesTo", "participant")], triples(result)


def test_coalitions_a_mission_involving_agencies_has_them_contribute(read):
    t = triples(read("The Lyra mission involves ESA, JAXA and CNES."))
    assert {("ESA", "contributesTo", "Lyra"), ("JAXA", "contributesTo", "Lyra"), ("CNES", "contributesTo", "Lyra")} <= t


def test_coalitions_a_mission_involving_risks_has_no_contributor(read):
    t = triples(read("The Lyra mission involves many risks for ESA."))
    assert not any(p == "contributesTo" for s, p, o in t), t
