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
