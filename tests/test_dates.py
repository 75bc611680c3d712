import datetime as dt

import pytest

from presskg.extract.dates import find_dates

REF = dt.date(2021, 2, 25)


@pytest.mark.parametrize(("text", "values"), [
    ("on 6 December 2020", ["2020-12-06"]),
    ("on December 6, 2020", ["2020-12-06"]),
    ("in October 2019", ["2019-10"]),
    ("in 2017", ["2017"]),
    ("the 2019 and 2020 campaigns", ["2019", "2020"]),
    ("Thursday 25 February", ["2021-02-25"]),
    ("delivered last July", ["2020-07"]),
    ("on 2004-11-16", ["2004-11-16"]),
    ("this year", ["2021"]),
    ("today", ["2021-02-25"]),
    ("held this week in Oslo", ["2021-02"]),
    ("earlier this month", ["2021-02"]),
    ("last month", ["2021-01"]),
    ("next month", ["2021-03"]),
    ("last weekend", []),
    ("on Wednesday", ["2021-02-24"]),
    ("scheduled shortly", []),
    ("5.4 grams and 20 kilometres", []),
    ("31 February 2021", []),
])
def test_dates_values(text, values):
    assert [d.value for d in find_dates(text, REF)] == values


def test_dates_relative_need_a_release_date():
    assert find_dates("last July and Thursday 25 February", None) == []
    assert [d.value for d in find_dates("on 9 May 2003", None)] == ["2003-05-09"]


def test_dates_last_week_may_fall_in_the_month_before():
    assert [d.value for d in find_dates("last week", dt.date(2021, 3, 2))] == ["2021-02"]
    assert [d.value for d in find_dates("last month", dt.date(2021, 1, 3))] == ["2020-12"]
    assert find_dates("this week", None) == []


def test_dates_day_month_takes_the_nearest_year():
    assert [d.value for d in find_dates("on 30 December", dt.date(2021, 1, 3))] == ["2020-12-30"]


def test_dates_offsets_point_into_the_text():
    text = "It landed in October 2019."
    (d,) = find_dates(text, None, offset=100)
    assert text[d.start - 100:d.end - 100] == "October 2019"


@pytest.mark.parametrize("text, values", [
    ("landed in mid-May", ["2021-05"]),  # REF is 25 February 2021: the May nearest it
    ("signed in early February", ["2021-02"]),
    ("since December, the team has", ["2020-12"]),
    ("in late March and in April", ["2021-03", "2021-04"]),
    ("in May 2019", ["2019-05"]),
    ("they may meet in may", []),  # a modal verb, and a month written in lower case, are no month
    ("in March-April", []),
])
def test_dates_a_month_without_its_year(text, values):
    assert [d.value for d in find_dates(text, REF)] == values


def test_dates_a_month_without_its_year_needs_a_release_date():
    assert find_dates("landed in mid-May", None) == []


@pytest.mark.parametrize("text, values", [
    ("on the 4th of March", ["2021-03-04"]),
    ("on the 4th of March 2020", ["2020-03-04"]),
    ("the 31st of February", []),
])
def test_dates_the_day_of_month(text, values):
    assert [d.value for d in find_dates(text, REF)] == values


def test_dates_day_anaphors_and_shifts():
    from presskg.extract.dates import find_day_anaphors, shifted

    phrases = {"the next day": 1, "the day before": -1, "the same day": 0}
    assert [a.shift for a in find_day_anaphors("recovered the next day, launched the day before", phrases)] \
        == [1, -1]
    assert find_day_anaphors("on the same day, ESA", phrases)[0].shift == 0
    assert find_day_anaphors("on the same day as the launch", phrases) == []
    assert find_day_anaphors("the day before the landing", phrases) == []
    assert shifted("2021-02-28", 1) == "2021-03-01" and shifted("2021", 1) is None
