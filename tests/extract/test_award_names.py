"""Names of awards name nothing the graph keeps (honours.py, lexicon AWARD_NOUNS): "the Galileo Medal" is no
mission, "the Space Pioneer Award" no organization; the body that gives an award keeps its name ("the ESA
Award"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


@pytest.mark.parametrize("text, gone", [
    ("Dr. Lucia Ortega received the Galileo Medal from the International Astronautical Federation in 2024.",
     {"Galileo", "Galileo Medal"}),
    ("The Korvan team also won the Space Pioneer Award from the Space Foundation.", {"Space Pioneer Award"}),
    ("Lucia Ortega won the Yuri Gagarin Prize in 2022.", {"Yuri Gagarin", "Yuri Gagarin Prize"}),
])
def test_an_award_name_is_no_entity(read, text, gone):
    got = labels(read(text))
    assert not gone & got, sorted(got)


@pytest.mark.parametrize("text, kept", [
    ("Lucia Ortega received the ESA Award for Excellence at a ceremony in Paris.", {"ESA", "Paris"}),
    ("Dr. Lucia Ortega received the Galileo Medal from the International Astronautical Federation in 2024.",
     {"International Astronautical Federation", "Lucia Ortega"}),
    ("The Galileo satellites will be launched in 2026 on an Ariane 6.", {"Galileo"}),
])
def test_givers_and_other_names_stay(read, text, kept):
    got = labels(read(text))
    assert kept <= got, sorted(got)
