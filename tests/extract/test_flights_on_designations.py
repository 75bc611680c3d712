"""A designation after "fly on" is typed by who flies (session 24, doing._flier): a person's flight is a mission
("NASA astronaut A will fly on Crew-14"), a craft's ride its rocket ("the Orvik satellite will fly on Vela-9").
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of, triples

_DAY = dt.date(2026, 3, 14)


def test_a_person_flies_on_a_mission(read):
    doc = read("OSA astronaut Ana Lind will fly on Kestrel-14 next year.", date=_DAY)
    assert classes_of(doc, "Kestrel-14") == {"Mission"}, classes_of(doc, "Kestrel-14")
    assert ("Ana Lind", "contributesTo", "Kestrel-14") in triples(doc), triples(doc)


def test_a_satellite_flies_on_a_rocket(read):
    doc = read("The Orvik satellite will fly on Vela-9 in 2027.", date=_DAY)
    assert classes_of(doc, "Vela-9") == {"LaunchVehicle"}, classes_of(doc, "Vela-9")
