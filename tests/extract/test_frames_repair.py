"""extract.frames: a subject the parser hung on an opening phrase as an apposition, on sentences written for it."""

from __future__ import annotations

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
