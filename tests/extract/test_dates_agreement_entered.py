"""An agreement entered into is an agreement made, no occurrence of its own: "ESA and JAXA entered into an
agreement on Orla on 3 May" dates the agreement and makes no 'enter' event with the two agencies in it
(rules/occurrences.py frame:occurrence); a craft that enters the atmosphere or an orbit still makes one.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

JUNE = dt.date(2024, 6, 12)


@pytest.mark.parametrize("text, value", [
    ("ESA and JAXA entered into an agreement on the Orla mission on 3 May.", "2024-05-03"),
    ("ESA and JAXA entered into a memorandum of understanding in 2021.", "2021"),
    ("CNES and ISRO entered into the Orla Agreement in 2021.", "2021"),
    ("Kestrel Space and NASA entered into a contract for the Tessa lander on 4 March 2023.", "2023-03-04"),
])
def test_an_agreement_entered_into_is_no_event(read, text, value):
    got = read(text, date=JUNE)
    events = [e for e in got.entities.values() if "Event" in e.classes]
    assert not events, triples(got)
    assert value in {d.value for d in got.dates if "Agreement" in got.entities[d.subject].classes}


@pytest.mark.parametrize("text", [
    "The Orla capsule entered the atmosphere on 3 May.",
])
def test_a_craft_entering_is_still_an_event(read, text):
    got = read(text, date=JUNE)
    assert any("Event" in e.classes for e in got.entities.values()), triples(got)
