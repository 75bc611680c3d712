"""A knowledge-base name with a numeral after it names another member of the series (extract/series.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name, cls", [
    ("Kestrel Halvorsen will fly on Artemis III in 2027.", "Artemis III", "Mission"),
    ("Expedition 71 arrived at the station on Tuesday.", "Expedition 71", "Mission"),
])
def test_series_a_numbered_name_is_a_new_member_of_its_kind(read, text, name, cls):
    got = read(text)
    assert classes_of(got, name) == {cls}, sorted(labels(got))
    assert "Artemis program" not in labels(got)


def test_series_known_members_and_the_series_itself_stay_known(read):
    assert "Artemis II" in labels(read("The crew of Artemis II will fly around the Moon."))
    assert "Artemis program" in labels(read("The Artemis program will return humans to the Moon."))


@pytest.mark.parametrize("text, name", [
    ("ESA 2025 budget was approved.", "ESA"),  # a year is no member of a series
    ("Ariane 6 launches resumed in March.", "Ariane 6"),
])
def test_series_a_year_or_a_count_is_not_a_member(read, text, name):
    assert name in labels(read(text))
