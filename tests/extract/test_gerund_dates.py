"""A yearless date in a gerund's phrase of time ("After launching from Kourou on 3 May, the satellite deployed its
arrays") is placed by the tense of the clause the gerund hangs on (tense.clause_tense); a gerund's deed placed by its
distance from a date ("on 26 June, a day after launching aboard X") is dated by it (date_offsets). Sentences written
for these tests; the release is dated 25 February 2021."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, value", [
    ("After launching from Kourou on 3 May aboard an Ariane 6, the Kelvo satellite deployed its solar arrays.",
     "2020-05-03"),
    ("After launching from Kourou on 3 May aboard an Ariane 6, the Kelvo satellite will deploy its solar arrays.",
     "2021-05-03"),
])
def test_the_gerunds_date_takes_the_clauses_tense(read, text, value):
    ex = read(text)
    assert value in {d.value for d in ex.dates}, ex.dates


@pytest.mark.parametrize("text, value", [
    ("The crew docked with the station on 26 June, a day after launching aboard a Dragon spacecraft from the Kennedy "
     "Space Center.", "2020-06-25"),
    ("The Kelvo probe entered orbit on 9 September, two weeks after flying past the Moon.", "2020-08-26"),
])
def test_a_gerund_placed_by_its_distance_from_a_date(read, text, value):
    ex = read(text)
    assert value in {d.value for d in ex.dates}, ex.dates
