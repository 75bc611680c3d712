"""A span of days dates its event by its first day ("from 14 to 18 October 2024", "on 3-5 June", "between 3
and 5 June": dates.py, day-range). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from presskg.extract.dates import find_dates

JUNE = dt.date(2024, 6, 1)


@pytest.mark.parametrize("text, event, value", [
    ("The 75th International Astronautical Congress took place in Milan, Italy, from 14 to 18 October 2024.",
     "International Astronautical Congress", "2024-10-14"),
    ("The Small Satellite Symposium will be held in Brenna from 3 to 5 June 2025.", "Small Satellite Symposium",
     "2025-06-03"),
    ("The symposium was held in Brenna on 3-5 June 2025.", None, "2025-06-03"),
])
def test_a_span_of_days_dates_its_event_by_the_first(read, text, event, value):
    got = read(text, date=JUNE)
    dated = {(got.entities[d.subject].label, d.value) for d in got.dates}
    assert any(v == value and (event is None or label == event) for label, v in dated), dated
    assert not [v for _, v in dated if v != value], dated


@pytest.mark.parametrize("text, values", [
    ("between 3 and 5 June in Brenna", ["2024-06-03"]),
    ("from 30th to 31st May 2023", ["2023-05-30"]),
    ("flew 200 to 300 km above the surface on 3 May 2024", ["2024-05-03"]),
    ("orbit 12 to 14 hours later, on 3 May 2024", ["2024-05-03"]),
])
def test_ranges_found(text, values):
    assert [d.value for d in find_dates(text, JUNE)] == values
