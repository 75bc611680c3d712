"""An event noun whose owner is one of its participants ("Her appointment", "Okafor's appointment") takes back the
event of that noun and participant just told of ("X has been appointed Director of Y"), not a second one
(coreference._owned_again; lexicon OCCURRENCE_NOUN_VERBS: appointment, election, resignation ...); another person's
appointment is another event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("second", ["Her appointment was announced by the board.",
                                    "Okafor's appointment was announced by the board."])
def test_her_appointment_is_the_appointment(read, second):
    got = read("Dr Hana Okafor has been appointed Director of the Kelso Observatory. " + second)
    events = [label for label in labels(got) if label.startswith("appointment")]
    assert len(events) == 1, events


def test_another_persons_appointment_is_another(read):
    got = read("Dr Hana Okafor was appointed Director of the Kelso Observatory in 2019. Ivo Sarr's appointment was "
               "announced today.")
    people = {o for s, p, o in triples(got) if p == "participant" and s.startswith("appointment")}
    events = {s for s, p, o in triples(got) if p == "participant" and s.startswith("appointment")}
    assert people == {"Hana Okafor", "Ivo Sarr"} and len(events) == 2, triples(got)
