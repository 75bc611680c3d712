"""Gatherings hosted, joined and left (rules/occurrences.py, rules/gatherings.py), on invented sentences."""

from __future__ import annotations

from ..helpers import triples


def _events(result) -> list:
    return [e for e in result.entities.values() if {"Event", "Meeting", "Conference"} & set(e.classes)]


def test_hosting_an_event_makes_no_second_event(read):
    result = read("Vela Space hosted a three-day conference on space debris in Lisbon on 4 May.")
    assert len(_events(result)) == 1, [e.label for e in _events(result)]
    assert any(p == "participant" and o == "Vela Space" for _, p, o in triples(result)), triples(result)


def test_hosting_the_hosts_and_the_place_go_to_the_event_named(read):
    result = read("Vela Space hosted a three-day conference on space debris in Lisbon.")
    assert [e.label for e in _events(result)] == ["three-day conference [t]"], [e.label for e in _events(result)]
    t = triples(result)
    assert ("three-day conference [t]", "participant", "Vela Space") in t, t
    assert ("three-day conference [t]", "locatedIn", "Lisbon") in t, t


def test_hosting_a_participle_hosts_the_event_of_its_clause(read):
    result = read("The next symposium will be held in Montreal in 2026, hosted by the Canadian Space Agency.")
    assert len(_events(result)) == 1, [e.label for e in _events(result)]
    assert any(p == "participant" and o == "CSA" for _, p, o in triples(result)), triples(result)


def test_hosting_took_part_joins_the_gathering_told_before(read):
    result = read("ASI hosted a meeting in Rome on 16 September. Representatives of NASA and ESA took part.")
    got = {o for _, p, o in triples(result) if p == "participant"}
    assert {"ASI", "NASA", "ESA"} <= got, triples(result)


def test_hosting_took_part_needs_a_gathering_before(read):
    result = read("The Vela satellite was launched in March. NASA and ESA took part.")
    assert not any(p == "participant" and o in ("NASA", "ESA") for _, p, o in triples(result)), triples(result)


def test_hosting_stepping_down_is_news_by_itself(read):
    result = read("Dr Anna Berg, Director of the Vela Institute, will step down at the end of the year.")
    assert any(p == "participant" and o == "Anna Berg" for _, p, o in triples(result)), triples(result)


def test_hosting_a_craft_retired_is_no_leave(read):
    result = read("The Vela 2 satellite was retired after twelve years.")
    assert not _events(result), [e.label for e in _events(result)]
