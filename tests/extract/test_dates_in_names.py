"""dates:locate: a year inside a thing's name dates nothing (an asteroid's provisional designation, a mission named
for its year); an event's name still dates it. On sentences written for this test."""

from __future__ import annotations

import pytest


def _dates(result) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in result.dates:
        out.setdefault(result.entities[d.subject].label, set()).add(d.value)
    return out


@pytest.mark.parametrize("text, year, kept", [
    ("The Kite probe is scheduled to launch in 2029 towards the asteroid 2001 QJ.", "2001", "2029"),
    ("The Vela probe will be launched in 2031 to study asteroid 1998 KY26.", "1998", "2031"),
    ("ExoMars 2028 will be launched on 3 May 2030 from Kourou.", "2028", "2030-05-03"),
])
def test_a_year_in_a_things_name_is_no_date(read, text, year, kept):
    values = {v for vs in _dates(read(text)).values() for v in vs}
    assert kept in values and year not in values, values


def test_a_year_in_an_events_name_dates_it(read):
    got = _dates(read("Delegates met at the Orla Congress 2027 in Sydney."))
    assert any("2027" in vs for vs in got.values()), got
