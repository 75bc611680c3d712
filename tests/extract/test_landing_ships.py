"""A ship named after a class noun of landing or recovery ships is a facility, not a person: "The Falkor-9 booster
landed on the drone ship Quiet Waters on 28 March 2026" (a landing there), "the recovery ship Nordstjerna" (lexicon
HEAD_CLASSES drone ship, droneship, recovery ship, recovery vessel, landing platform). Sentences written for these
tests (the names are invented)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, ship", [
    ("The Falkor-9 booster landed on the drone ship Quiet Waters on 28 March 2026.", "Quiet Waters"),
    ("The booster landed on the droneship Quiet Waters on 28 March 2026.", "Quiet Waters"),
    ("The capsule was recovered by the recovery ship Nordstjerna on 3 May 2026.", "Nordstjerna"),
])
def test_a_landing_or_recovery_ship_is_a_facility(read, text, ship):
    assert classes_of(read(text), ship) == {"Facility"}, classes_of(read(text), ship)


def test_a_booster_landing_on_a_ship_is_there(read):
    x = read("The Falkor-9 booster landed on the drone ship Quiet Waters on 28 March 2026.")
    [landing] = [e for e in x.entities.values() if "Landing" in e.classes]
    assert (landing.label, "locatedIn", "Quiet Waters") in triples(x), triples(x)


def test_a_person_after_a_title_stays_a_person(read):
    assert "Person" in classes_of(read("Captain Lena Berg commands the ship."), "Lena Berg")
