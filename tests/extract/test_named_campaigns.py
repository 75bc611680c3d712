""""The AquaVal campaign", "the SaltFlight measurement campaign": a campaign named before its class noun is one
event, the named one, not a name and an unnamed twin; who carried it out, where and when it took place go to it
(named_occurrences.named_occurrence, events._mention_heads). A campaign called by a craft's or a body's name
("the Sentinel-1 campaign", "an ESA campaign") is an event of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _campaigns(got) -> list[str]:
    return [e.label for e in got.entities.values() if "Campaign" in e.classes]


@pytest.mark.parametrize("text, who, where", [
    ("ESA and NASA carried out the AquaVal campaign in Canada in March 2025.", "NASA", "Canada"),
    ("The Kestovian Space Agency conducted the SaltFlight campaign in Spain in October.", "Kestovian Space Agency",
     "Spain"),
])
def test_a_named_campaign_carried_out_is_one_event(read, text, who, where):
    got = read(text)
    assert len(_campaigns(got)) == 1, sorted(labels(got))
    name = _campaigns(got)[0]
    assert {(name, "participant", who), (name, "locatedIn", where)} <= triples(got), sorted(triples(got))


@pytest.mark.parametrize("text, name, where", [
    ("The SaltFlight campaign took place in October in Galicia.", "SaltFlight", "Galicia"),
    ("The AquaVal measurement campaign took place in Canada in March 2025.", "AquaVal", "Canada"),
])
def test_a_named_campaign_takes_place_where_told(read, text, name, where):
    got = read(text)
    assert _campaigns(got) == [name], sorted(labels(got))
    assert (name, "locatedIn", where) in triples(got), sorted(triples(got))


def test_a_named_campaign_keeps_its_date(read):
    got = read("ESA carried out the AquaVal campaign in March 2025.")
    keys = {k for k, e in got.entities.items() if e.label == "AquaVal"}
    assert any(d.subject in keys and d.value == "2025-03" for d in got.dates), got.dates


@pytest.mark.parametrize("text, name", [
    ("The Sentinel-1 campaign began in May.", "Sentinel-1"),
    ("An ESA campaign took place in Kiruna in May.", "ESA"),
])
def test_a_campaign_called_by_another_name_is_its_own_event(read, text, name):
    got = read(text)
    assert _campaigns(got) and name not in _campaigns(got), sorted(labels(got))


@pytest.mark.parametrize("text, whole", [
    ("The Gateway is a key element of the Artemis campaign.", "Artemis program"),
    ("The lander is part of NASA's Artemis campaign.", "Artemis program"),
])
def test_a_programmes_campaign_is_the_programme(read, text, whole):
    """(session 23) "NASA's Artemis campaign": "campaign" names the programme by another word."""
    got = triples(read(text))
    assert any(p == "partOf" and o == whole for s, p, o in got) or any(
        p == "operatedBy" and s == whole for s, p, o in got), got
    assert not any(s.startswith("Artemis campaign") for s, p, o in got), got


def test_a_crafts_campaign_is_an_event_of_its_own(read):
    got = read("The Sentinel-1 campaign ended in May.")
    assert any(c.startswith("Sentinel-1 campaign") for c in _campaigns(got)), _campaigns(got)
