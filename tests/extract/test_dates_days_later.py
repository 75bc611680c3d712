""""two days later", "three hours later": a distance counted on from the day last dated (lexicon DAY_ANAPHORS); an
event told of again in a later dated clause keeps its own day ("confirmed the landing the next day": the day of the
confirming; rules/events.attach_dates). Sentences written for these tests."""

from __future__ import annotations


def test_days_later_counts_on_from_the_day_last_dated(read):
    got = read("The Orla lander touched down on Mars on 3 February. Its rover rolled onto the surface two days later.")
    values = {got.entities[d.subject].label.split(" (")[0]: d.value for d in got.dates}
    assert values.get("roll", "")[5:] == "02-05" and values.get("landing", "")[5:] == "02-03", values


def test_an_event_told_of_again_keeps_its_day(read):
    """"ESA confirmed the landing the next day": the day it was confirmed, not a second day of the landing."""
    got = read("The Orla lander touched down on Mars on 3 February. The Vexa Space Agency confirmed the landing the "
               "next day.")
    assert [d.value[5:] for d in got.dates if "Landing" in got.entities[d.subject].classes] == ["02-03"], got.dates
