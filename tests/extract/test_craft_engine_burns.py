""""Veyra fired its main engine for 52 minutes on 12 March", "the lander fired its thrusters on 3 May": a craft in
flight firing its own engine or thrusters (lexicon BURN_PART_NOUNS) on a date makes an event the craft takes part
in, as does a passive firing of a craft's part ("the main engine of the Veyra probe was fired on ..."; rules/firings.py
frame:firing). An undated burn, and a fired person, are no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _events(x):
    return [e for e in x.entities.values() if "Event" in e.classes]


@pytest.mark.parametrize("text, craft, date", [
    ("ESA launched the Veyra probe in 2023. The probe fired its main engine for 52 minutes on 12 March 2027.",
     "Veyra", "2027-03-12"),
    ("The Koru lander fired its thrusters on 3 May 2028 to begin its descent.", "Koru", "2028-05-03"),
    ("The main engine of the Veyra probe was fired on 12 March 2027.", "Veyra", "2027-03-12"),
    ("ESA launched the Veyra probe in 2023. Veyra's thrusters were fired for ten minutes on 3 January 2027.",
     "Veyra", "2027-01-03"),
])
def test_a_craft_firing_its_engine_on_a_date_takes_part_in_the_burn(read, text, craft, date):
    x = read(text)
    burns = [e for e in _events(x) if e.label.startswith("fire")]
    assert burns, [e.label for e in x.entities.values()]
    assert (burns[0].label, "participant", craft) in triples(x), triples(x)
    assert date in {d.value for d in x.dates if d.subject == burns[0].key}


@pytest.mark.parametrize("text", [
    "ESA's Veyra probe fired its thrusters to adjust its orbit.",
    "The Orvane company fired its chief executive on 3 May 2027.",
])
def test_an_undated_burn_or_a_fired_person_is_no_event(read, text):
    x = read(text)
    assert not any(e.label.startswith("fire") for e in _events(x)), [e.label for e in x.entities.values()]
