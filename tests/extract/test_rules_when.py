"""dates:time-of-day and dates:anaphoric-day on sentences written for them: dates inside a time-of-day
phrase, and days told by reference to the day last dated."""

from __future__ import annotations

import datetime as dt

import pytest


def _dates_of(result, cls: str) -> list[set[str]]:
    """The date values of each entity of ``cls``, in order of first mention."""
    ents = sorted((e for e in result.entities.values() if cls in e.classes),
                  key=lambda e: e.mentions[0].start if e.mentions else 0)
    return [{d.value for d in result.dates if d.subject == e.key} for e in ents]


@pytest.mark.parametrize("text, cls, value", [
    ("In the early morning of 13 June 2010, the Vela capsule plunged into the atmosphere of Earth.", "Event",
     "2010-06-13"),
    ("At 10:13 UTC on 14 January 2005, the Zephyr probe separated from the Vela orbiter.", "Event", "2005-01-14"),
    ("On the night of 3 October 2018 the Aurora orbiter released the Nova lander.", "Event", "2018-10-03"),
    ("Touchdown of the Nova lander is planned on the plain of Utopia, at 20:53 CET on 26 November 2018.",
     "Landing", "2018-11-26"),
])
def test_rules_when_time_of_day_wordings(read, text, cls, value):
    result = read(text, date=dt.date(2024, 6, 1))
    dates = _dates_of(result, cls)
    assert dates and value in dates[0], (dates, result.dates)


def test_rules_when_time_of_day_keeps_a_plain_date(read):
    """No clock word: the date stays where it was, on the launch."""
    result = read("The Helios satellite was launched on 9 May 2003.", date=dt.date(2024, 6, 1))
    assert _dates_of(result, "Launch") == [{"2003-05-09"}], result.dates


@pytest.mark.parametrize("text, value", [
    ("The Vela probe landed on Mars on 13 June 2010. ESA recovered the Vela probe the next day.", "2010-06-14"),
    ("The Vela probe landed on Mars on 13 June 2010. On the following day, ESA recovered the Vela probe.",
     "2010-06-14"),
    ("The Vela probe landed on Mars on 13 June 2010. ESA recovered the Vela probe on the same day.", "2010-06-13"),
    ("The Vela probe landed on Mars on 13 June 2010. ESA had recovered the Vela probe the day before.",
     "2010-06-12"),
])
def test_rules_when_anaphoric_day_wordings(read, text, value):
    result = read(text, date=dt.date(2010, 6, 20))
    recovered = _dates_of(result, "Event")
    assert any(value in d for d in recovered), (recovered, result.dates)


def test_rules_when_anaphoric_day_needs_a_dated_day(read):
    """"the next day" after a month alone, or with no date before it, resolves to nothing."""
    result = read("The Vela probe landed on Mars in June 2010. ESA recovered the Vela probe the next day.",
                  date=dt.date(2010, 6, 20))
    assert not any(d.value.startswith("2010-06-") and len(d.value) == 10 for d in result.dates), result.dates
    result = read("ESA recovered the Vela probe the next day.", date=dt.date(2010, 6, 20))
    assert not result.dates, result.dates


def test_rules_when_day_before_an_event_is_not_a_day(read):
    """"the day before the landing" is told by an event, not by the last dated day."""
    result = read("The Vela probe was launched on 2 May 2010. ESA recovered the Vela probe the day before the "
                  "landing.", date=dt.date(2010, 6, 20))
    assert "2010-05-01" not in {d.value for d in result.dates}, result.dates
