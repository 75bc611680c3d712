"""A person chosen by a body on a date, with no post said, is an appointment all the same ("Sophie Lind was
selected by ESA in 2022", "ESA selected Sophie Lind in November 2022"): an event in which both take part
(rules/posts.py appoint); a company so chosen is no appointment, nor an undated choice. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _appointed(got) -> set[str]:
    return {o for s, p, o in got if s.startswith("appointment") and p == "participant"}


@pytest.mark.parametrize("text, parties", [
    ("Sophie Lind was selected by ESA in 2022.", {"Sophie Lind", "ESA"}),
    ("ESA selected Sophie Lind in November 2022.", {"Sophie Lind", "ESA"}),
    ("Ola Nordmann was elected by the Norwegian Space Agency on 3 May.", {"Ola Nordmann", "Norwegian Space Agency"}),
])
def test_a_dated_choice_of_a_person_is_an_appointment(read, text, parties):
    got = triples(read(text))
    assert _appointed(got) == parties, sorted(got)


@pytest.mark.parametrize("text", [
    "Airbus was selected by ESA in 2022 to build the lander.",
    "Sophie Lind was selected by ESA.",
])
def test_no_appointment_of_a_company_nor_undated(read, text):
    got = triples(read(text))
    assert not _appointed(got), sorted(got)
