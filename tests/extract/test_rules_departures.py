"""The body a person leaves (rules/departures.py, frame:leaves-body, LEAVE_VERBS): the person worked for it,
and it takes part in the departure. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _event_participants(got: set[tuple[str, str, str]], person: str) -> set[str]:
    events = {s for s, p, o in got if p == "participant" and o == person}
    return {o for s, p, o in got if s in events and p == "participant"}


@pytest.mark.parametrize("text, person, body", [
    ("Marta Velez retired from ESA after 30 years of service.", "Marta Velez", "ESA"),
    ("Dr Tomas Lind resigned from the board of the Vela Space Agency in March 2024.", "Tomas Lind",
     "Vela Space Agency"),
    ("Tomas Lind will retire from the Orbis Institute at the end of the year.", "Tomas Lind", "Orbis Institute"),
    ("Tomas Lind retired from the University of Bern in 2019.", "Tomas Lind", "University of Bern"),
])
def test_the_body_left_was_the_persons(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, sorted(got)
    assert body in _event_participants(got, person), sorted(got)


def test_the_body_of_the_post_left_takes_part(read):
    got = triples(read("Marta Velez stepped down as head of the Korvan Space Agency on 1 June 2025."))
    assert ("Marta Velez", "headOf", "Korvan Space Agency") in got, sorted(got)
    assert ("Marta Velez", "memberOf", "Korvan Space Agency") not in got, sorted(got)
    assert "Korvan Space Agency" in _event_participants(got, "Marta Velez"), sorted(got)


@pytest.mark.parametrize("text", [
    "Tomas Lind retired from public life in 2020.",
    "The Vela Space Agency retired the Orbis satellite from service in 2020.",
    "ESA and the Vela Space Agency announced that Tomas Lind will retire in 2026.",
])
def test_no_body_left_no_membership(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] == "memberOf"], sorted(got)
