"""A craft docking with, berthing to or undocking from a station is an event with both craft taking part
(lexicon DOCK_VERBS, OCCURRENCE_VERBS; rules/occurrences.py): dated, placed, or told as done; "the station's
Harmony module" is a module of the station told of ("the station": a space station too, lexicon
SECOND_CLASSES), which takes part as well (infer:station-of-module). Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

DATE = dt.date(2026, 3, 1)


def _events(got, verb: str) -> dict[str, set[str]]:
    ents = got.entities
    out: dict[str, set[str]] = {}
    for r in got.relations:
        s = ents[r.subject]
        if r.predicate == "participant" and s.label.startswith(verb):
            out.setdefault(s.key, set()).add(ents[r.object].label)
    return out


@pytest.mark.parametrize("text, verb, craft, station", [
    ("The Aurora capsule docked with the International Space Station.", "dock", "Aurora",
     "International Space Station"),
    ("After launch, the Tessel cargo craft docked with the ISS.", "dock", "Tessel", "International Space Station"),
    ("The Kestrel cargo craft has undocked from the International Space Station.", "undock", "Kestrel",
     "International Space Station"),
    ("The Merlo freighter was berthed to the Tiangong space station.", "berth", "Merlo", "Tiangong"),
    ("By then, the Vessa freighter had been berthed to the Tiangong space station.", "berth", "Vessa", "Tiangong"),
])
def test_a_docking_told_as_done_is_an_event_of_both_craft(read, text, verb, craft, station):
    got = read(text, date=DATE)
    assert any({craft, station} <= who for who in _events(got, verb).values()), triples(got)


def test_a_dated_docking_carries_its_date(read):
    got = read("The Aurora capsule docked with the ISS on 4 May 2026.", date=DATE)
    key = next(k for k, who in _events(got, "dock").items() if "Aurora" in who)
    assert any(d.subject == key and "2026-05-04" in d.value for d in got.dates), got.dates


def test_the_station_whose_module_is_named_takes_part(read):
    got = read("The Vessa cargo craft reached the ISS on 5 May. It was berthed to the station's Harmony module "
               "on 6 May.", date=DATE)
    assert ("Harmony", "partOf", "International Space Station") in triples(got), triples(got)
    assert any({"Harmony", "International Space Station"} <= who for who in _events(got, "berth").values()), \
        triples(got)


@pytest.mark.parametrize("text", [
    "The Aurora capsule will dock with the ISS.",
    "The Aurora capsule is designed to dock with the ISS.",
])
def test_a_docking_to_come_without_date_or_place_is_no_event(read, text):
    got = read(text, date=DATE)
    assert not _events(got, "dock"), triples(got)



def test_the_station_is_the_space_station_though_a_facility_was_told_of_before(read):
    got = read("The Tessel cargo craft was loaded at the Orvik Space Centre. This month, Tessel docked with the ISS. "
               "It was berthed to the station's Harmony module on 6 March.", date=DATE)
    assert ("Harmony", "partOf", "International Space Station") in triples(got), triples(got)


def test_a_craft_undocking_in_a_participle_takes_the_station_and_a_past_date(read):
    """"The craft undocked from the ISS on 9 June and splashed down ...": the parser takes "undocked" for a
    participle on "craft"; the dated deed keeps the station it left, and its yearless date is a past one."""
    got = read("The Tessel-2 cargo craft undocked from the International Space Station on 9 June and splashed "
               "down in the North Atlantic on 10 June.", date=DATE)
    events = _events(got, "undock")
    key = next(k for k, who in events.items() if "Tessel-2" in who)
    assert "International Space Station" in events[key], triples(got)
    assert any(d.subject == key and d.value == "2025-06-09" for d in got.dates), got.dates


@pytest.mark.parametrize("text, verb, place", [
    ("The Aurora capsule splashed down off the coast of Florida on 12 May.", "landing", "Florida"),
    ("The crew came home aboard the Tessel capsule, which splashed down off San Diego on 12 May.", "landing",
     "San Diego"),
    ("The Merlo capsule was recovered off the coast of Baja California on 12 May.", "recover", "Baja California"),
    ("The Merlo capsule landed in the north of Kazakhstan on 12 May.", "landing", "Kazakhstan"),
])
def test_a_splashdown_off_a_coast_is_located_there(read, text, verb, place):
    """"off" (lexicon PLACE_PREPOSITIONS) and a part of a place ("the coast of X", PLACE_PART_NOUNS)."""
    got = triples(read(text, date=DATE))
    assert any(s.startswith(verb) and p == "locatedIn" and o == place for s, p, o in got), got
