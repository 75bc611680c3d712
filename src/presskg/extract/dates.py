"""Dates in release text: absolute and relative, as precise as the text is.

"6 December 2020" is a day, "October 2019" a month, "in 2017" a year.
Relative expressions ("Thursday 25 February", "last July", "on Wednesday",
"today") are resolved against the release date, and dropped when the release
has none: no date is invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_M = r"(?P<month>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
_WD = r"(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:1[89]|2\d)\d\d)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "2021-02-25", and year first with slashes or dots as East Asian agencies write it: "2021/02/25", "2021.2.25"
    ("iso", re.compile(r"(?<![\d./-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
                       r"(?![\d/-]|\.\d)")),
    # "4-Jun-2024", "04-JUN-2024": a day, a month's name and a year joined by hyphens
    ("day-month-year-hyphens", re.compile(rf"\b{_D}-{_M}-{_Y}\b", re.I)),
    # "12.05.2024" (day first, as Europe writes it with dots), "25/12/2023" (slashes: only when the day
    # cannot be a month; "05/12/2024" may be either and is left alone)
    ("numeric", re.compile(r"(?<![\d.,/])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<mnum>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)"
                           r"(?![\d/]|\.\d)")),
    # "on the 4th of March (2024)"
    ("the-day-of-month", re.compile(rf"\bthe\s+{_D}\s+of\s+{_M}(?:,?\s+{_Y})?\b", re.I)),
    # "from 14 to 18 October 2024", "on 3-5 June", "between 3 and 5 June": a span of days, dated by its first
    ("day-range", re.compile(rf"\b{_WD}{_D}\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+{_M}(?:,?\s+{_Y})?\b", re.I)),
    ("day-month-year", re.compile(rf"\b{_WD}{_D}\s+{_M}(?:,?\s+{_Y})?\b", re.I)),
    ("month-day-year", re.compile(rf"\b{_WD}{_M}\s+{_D}(?:,?\s+{_Y})?\b(?!\s*(?:km|kilo|met|%))", re.I)),
    ("relative-month", re.compile(rf"\b(?P<rel>last|next|this|past|coming)\s+{_M}\b", re.I)),
    ("month-year", re.compile(rf"\b{_M}\s+(?:of\s+)?{_Y}\b", re.I)),
    # "in mid-May", "in early June", "since March": a month without its year, after a preposition
    ("bare-month", re.compile(rf"\b(?:in|since|until|till|by|during|from|through|of)\s+(?:(?:early|mid|late)[-\s]+)?"
                              rf"{_M}(?![\w-])(?!\s*\d)", re.I)),
    # ("the next year" is the year after one the text told of: dates:anaphoric-year)
    ("relative-year", re.compile(r"(?<!\bthe\s)\b(?P<rel>last|next|this|past|coming)\s+year\b", re.I)),
    # "this week", "earlier this month": as precise as the text is, the month they fall in
    ("relative-week", re.compile(r"\b(?P<rel>last|next|this)\s+(?P<unit>week|month)\b", re.I)),
    ("relative-day", re.compile(r"\b(?P<rel>today|yesterday|tomorrow)\b", re.I)),
    ("weekday", re.compile(r"\b(?P<rel>on|last|this|next|coming)\s+(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)),
    # "next spring", "this autumn", "last summer": the year of that season nearest on the side the word says
    ("relative-season", re.compile(r"\b(?P<rel>last|next|this|past|coming)\s+"
                                   r"(?P<season>spring|summer|autumn|fall|winter)\b", re.I)),
    # "two weeks ago", "three years ago": counted back from the release, as precise as the unit
    ("ago", re.compile(r"\b(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                       r"(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    # "by the end of the year", "at the start of the year": the release's year (dropped in a past clause, where
    # "the year" may be one the text told before: dates:locate)
    ("the-year", re.compile(r"\b(?:end|beginning|start|middle|close|rest|remainder|course)\s+of\s+the\s+year\b",
                            re.I)),
    ("year", re.compile(rf"(?<![\d/-])\b{_Y}\b(?![-/]\d|\s*(?:km|kg|m\b|tonnes|%))")),
    # "in mid-2026", "by early-2025": a year, as precise as the text is
    ("part-year", re.compile(rf"\b(?:early|mid|late)-{_Y}\b(?![-/]\d)", re.I)),
]


_DIGIT = re.compile(r"\d")
_MONTH = re.compile(rf"\b{_M}", re.I)


def _gates(text: str) -> dict[str, bool]:
    """Which patterns can match ``text`` at all, from cheap tests: most sentences hold no
    date, and nine full patterns per sentence were most of the date finder's time."""
    low = text.lower()
    digit = _DIGIT.search(text) is not None
    month = _MONTH.search(text) is not None
    return {"iso": digit, "numeric": digit and ("." in text or "/" in text),
            "day-month-year-hyphens": digit and month and "-" in text,
            "day-month-year": digit and month, "month-day-year": digit and month, "day-range": digit and month,
            "relative-month": month, "month-year": digit and month, "relative-year": "year" in low,
            "the-day-of-month": digit and month, "bare-month": month,
            "relative-week": "week" in low or "month" in low,
            "relative-day": "today" in low or "yesterday" in low or "tomorrow" in low,
            "weekday": "day" in low, "year": digit, "part-year": digit and "-" in text,
            "relative-season": any(w in low for w in _SEASON_START), "ago": "ago" in low,
            "the-year": "the year" in low}


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression at characters ``[start, end)`` with its normalized value."""

    start: int
    end: int
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    kind: str
    yearless: bool = False  # "on 14 March", "in mid-May": the year is the one nearest the release date


def find_dates(text: str, release_date: dt.date | None, *, offset: int = 0) -> list[DateExpr]:
    """Date expressions of ``text``, longest first where they overlap.

    >>> [d.value for d in find_dates("on 6 December 2020 and in October 2019", None)]
    ['2020-12-06', '2019-10']
    >>> [d.value for d in find_dates("Thursday 25 February", dt.date(2021, 2, 25))]
    ['2021-02-25']
    >>> find_dates("last July", None)
    []
    >>> [d.value for d in find_dates("landed in mid-May and left on the 4th of June", dt.date(2024, 6, 1))]
    ['2024-05', '2024-06-04']
    >>> [d.value for d in find_dates("signed on 12.05.2024, on 25/12/2023 and on 05/12/2024", None)]
    ['2024-05-12', '2023-12-25']
    """
    found: list[DateExpr] = []
    gates = _gates(text)
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text) if gates[kind] else ():
            if any(f.start < m.end() + offset and m.start() + offset < f.end for f in found):
                continue
            value = _value(kind, m, release_date)
            # an impossible date still takes its words, so its year is not read alone
            yearless = kind in _YEARLESS and not m.groupdict().get("year")
            found.append(DateExpr(m.start() + offset, m.end() + offset, value or "", kind, yearless))
    return sorted((f for f in found if f.value), key=lambda d: d.start)


def _value(kind: str, m: re.Match[str], ref: dt.date | None) -> str | None:
    g = m.groupdict()
    month = MONTHS.get((g.get("month") or "").lower().rstrip(".")) if g.get("month") else None
    if kind == "iso":
        return _checked(int(g["year"]), int(g["mnum"]), int(g["day"]))
    if kind == "numeric":
        day, mnum = int(g["day"]), int(g["mnum"])
        if g["sep"] == "/" and day <= 12:
            return None  # "05/12/2024": 5 December or May 12, as the writer's country has it
        return _checked(int(g["year"]), mnum, day)
    if kind in ("day-month-year", "month-day-year", "the-day-of-month", "day-range", "day-month-year-hyphens"):
        day = int(g["day"])
        if g.get("year"):
            return _checked(int(g["year"]), month, day)
        if ref is None:
            return None
        return _nearest(ref, month, day)
    if kind == "month-year":
        return f"{int(g['year']):04d}-{month:02d}"
    if kind in ("year", "part-year"):
        return g["year"]
    if ref is None:
        return None
    rel = (g.get("rel") or "").lower()
    if kind == "bare-month":  # the month nearest the release date: "in mid-May" of a June release is last May
        if not g["month"][:1].isupper():
            return None  # "by may" is no month
        d = _nearest(ref, month, 15)
        return d[:7] if d else None
    if kind == "relative-month":
        year = ref.year
        if rel in ("last", "past") and month >= ref.month:
            year -= 1
        elif rel in ("next", "coming") and month <= ref.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    if kind == "relative-year":
        shift = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        return str(ref.year + shift)
    if kind == "relative-week":
        days = {"last": -7, "next": 7}.get(rel, 0) if g["unit"].lower() == "week" else 0
        months = {"last": -1, "next": 1}.get(rel, 0) if g["unit"].lower() == "month" else 0
        d = ref + dt.timedelta(days=days)
        y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
        return f"{y:04d}-{m + 1:02d}"
    if kind == "relative-day":
        shift = {"yesterday": -1, "tomorrow": 1}.get(rel, 0)
        return (ref + dt.timedelta(days=shift)).isoformat()
    if kind == "weekday":
        wd = WEEKDAYS[g["weekday"].lower()]
        if rel in ("next", "coming"):  # "next Monday": the first such day after the release
            return (ref + dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)).isoformat()
        back = (ref.weekday() - wd) % 7  # the latest such day on or before the release
        return (ref - dt.timedelta(days=back)).isoformat()
    if kind == "relative-season":
        return str(_season_year(ref, g["season"].lower(), rel))
    if kind == "ago":
        return _ago(ref, g["num"].lower(), g["unit"].lower())
    if kind == "the-year":
        return str(ref.year)
    return None


#: The month each season starts and ends in (as the northern hemisphere, where most agencies write, has them).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _season_year(ref: dt.date, season: str, rel: str) -> int:
    """The year of "next spring", "this autumn", "last summer" told on ``ref``; a winter is the year of its
    January ("last winter" in June 2024 is 2024; "next winter" in June 2024 is 2025).

    >>> told = (("spring", "next"), ("autumn", "next"), ("spring", "last"), ("autumn", "last"), ("summer", "this"))
    >>> [_season_year(dt.date(2024, 6, 12), s, r) for s, r in told]
    [2025, 2024, 2024, 2023, 2024]
    """
    start, end = _SEASON_START[season], _SEASON_END[season]
    if rel == "this":
        return ref.year
    if rel in ("next", "coming"):
        if season == "winter":
            return ref.year + 1
        return ref.year if start > ref.month else ref.year + 1
    if season == "winter":
        return ref.year if ref.month > end else ref.year - 1
    return ref.year if end < ref.month else ref.year - 1


def _ago(ref: dt.date, num: str, unit: str) -> str:
    """"two weeks ago" from ``ref``: a day for days, the month for weeks and months, the year for years."""
    n = _NUMBERS.get(num) or int(num)
    if unit == "day":
        return (ref - dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return (ref - dt.timedelta(days=7 * n)).isoformat()[:7]
    if unit == "month":
        y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return f"{y:04d}-{m + 1:02d}"
    return str(ref.year - n)


def weekday_by_tense(value: str, ref: dt.date | None, tense: str | None) -> str:
    """A weekday read as the latest such day on or before the release, moved a week on when its clause tells
    of what is to come: "the minister will visit the centre on Thursday" in a Tuesday release is two days
    after it.

    >>> weekday_by_tense("2024-06-06", dt.date(2024, 6, 11), "future")
    '2024-06-13'
    >>> weekday_by_tense("2024-06-06", dt.date(2024, 6, 11), "past")
    '2024-06-06'
    """
    if ref is None or tense != "future" or len(value) != 10:
        return value
    day = dt.date.fromisoformat(value)
    return (day + dt.timedelta(days=7)).isoformat() if day < ref else value


_YEARLESS = ("day-month-year", "month-day-year", "the-day-of-month", "bare-month", "day-range")
#: How far on the wrong side of the release date the nearest reading of a yearless date must fall
#: before the clause's tense moves it a year (a release may be dated a few days off its news).
TENSE_MARGIN_DAYS = 7


def by_tense(value: str, ref: dt.date | None, tense: str | None) -> str:
    """A yearless date (its value the nearest to the release date ``ref``) moved a year when the
    clause's ``tense`` ("past" or "future") puts it on the other side of the release: "was launched
    on 14 September" in a June release is last September, "will launch on 14 March" next March.

    >>> by_tense("2024-09-14", dt.date(2024, 6, 12), "past")
    '2023-09-14'
    >>> by_tense("2024-03-14", dt.date(2024, 6, 12), "future")
    '2025-03-14'
    >>> by_tense("2024-06-14", dt.date(2024, 6, 12), "past")  # two days off: left as read
    '2024-06-14'
    >>> by_tense("2024-11", dt.date(2024, 6, 12), "past")
    '2023-11'
    """
    if ref is None or tense not in ("past", "future"):
        return value
    step = -1 if tense == "past" else 1
    if len(value) == 10:
        d = dt.date.fromisoformat(value)
        off = (d - ref).days
        if off * step < -TENSE_MARGIN_DAYS:
            try:
                return d.replace(year=d.year + step).isoformat()
            except ValueError:  # 29 February
                return value
        return value
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        off = (y * 12 + m) - (ref.year * 12 + ref.month)
        return f"{y + step:04d}-{m:02d}" if off * step < -1 else value
    return value


def _checked(year: int, month: int | None, day: int) -> str | None:
    try:
        return dt.date(year, month or 0, day).isoformat()
    except ValueError:
        return None


def _nearest(ref: dt.date, month: int | None, day: int) -> str | None:
    """The day-and-month closest to the release date (a release of 3 Jan speaks of 30 Dec)."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(year, month or 0, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < abs((best - ref).days):
            best = d
    return best.isoformat() if best else None


@dataclass(frozen=True, slots=True)
class DayAnaphor:
    """"the same day", "the next day" at characters ``[start, end)``: ``shift`` days from the day last dated."""

    start: int
    end: int
    shift: int


_FOLLOWED_BY_NOUN = r"(?!\s+(?:as|of|than|the|a|an|its|their|his|her|this|that|our|each)\b)"


def find_day_anaphors(text: str, phrases: dict[str, int], *, offset: int = 0) -> list[DayAnaphor]:
    """Days told by reference to another day (``phrases``: phrase → shift), which only the text's
    last dated day resolves; "the day before the launch" is told by an event, not a day, and is left.

    >>> find_day_anaphors("JAXA recovered it the next day.", {"the next day": 1})
    [DayAnaphor(start=18, end=30, shift=1)]
    >>> find_day_anaphors("the day before the launch", {"the day before": -1})
    []
    >>> find_day_anaphors("It docked three hours later.", {"three hours later": 0})
    [DayAnaphor(start=10, end=27, shift=0)]
    """
    low = text.lower()
    if not any(w in low for w in ("day", "morning", "year", "hour", "minute", "week")):
        return []
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    pattern = re.compile(rf"\b(?P<p>{alts})\b{_FOLLOWED_BY_NOUN}", re.I)
    out = []
    for m in pattern.finditer(text):
        shift = phrases[" ".join(m.group("p").lower().split())]
        out.append(DayAnaphor(m.start() + offset, m.end() + offset, shift))
    return out


def shifted_year(value: str, years: int) -> str:
    """The year of an ISO date of any precision, moved by ``years``: "the following year" after "3 May 2019".

    >>> shifted_year("2019-05-03", 1), shifted_year("2019", -2)
    ('2020', '2017')
    """
    return f"{int(value[:4]) + years:04d}"


def shifted(value: str, days: int) -> str | None:
    """A day-precise ISO date moved by ``days``; None for a month or a year, which have no day to count from.

    >>> shifted("2010-06-13", 1), shifted("2010-06", 1)
    ('2010-06-14', None)
    """
    try:
        day = dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None
    return (day + dt.timedelta(days=days)).isoformat() if day else None
