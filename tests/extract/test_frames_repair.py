"""extract.frames: a subject the parser hung on an opening phrase as an apposition, on sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


def test_frames_subject_after_a_long_opening_phrase(read):
    result = read("After a cruise of seven years aboard the Vela spacecraft, ESA's Zephyr probe today made a "
                  "successful descent through the atmosphere of Titan.")
    events = [e for e in result.entities.values() if "Event" in e.classes or "Landing" in e.classes]
    assert any(r.subject == ev.key and r.predicate == "participant" and result.entities[r.object].label == "Zephyr"
               for ev in events for r in result.relations), triples(result)


def test_frames_a_real_apposition_is_no_subject(read):
    """With its subject parsed, the verb gets no other: the apposition of the object is not its subject."""
    result = read("The Vela probe made a descent towards Titan, the largest moon of Saturn, on Monday.")
    who = {result.entities[r.object].label for r in result.relations if r.predicate == "participant"}
    assert who == {"Vela"}, triples(result)


@pytest.mark.parametrize("text", [
    "The European Space Agency (ESA) today handed over control of the Tarsier satellite to EUMETSAT.",
    "ESA transferred ownership of the Tarsier satellite to EUMETSAT on 3 May.",
])
def test_frames_repair_what_is_handed_over_as_its_control_is_the_thing(read, text):
    """VERB_IDIOMS: "hand control of X to Y" hands X to Y, whichever word the parser hangs "to Y" on."""
    assert ("Tarsier", "deliveredTo", "EUMETSAT") in triples(read(text)), triples(read(text))
