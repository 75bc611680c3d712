"""Events placed by their distance from a date: "signed on 3 May, a year after the launch of X", "landed on 3 May
2024, six months after its launch" (rules/when.py dates:offset-event). The distance is counted back from (or on
from, for "before") the day-precise date the sentence gives before it, as precise as its unit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import _NUMBERS

#: "a year after the launch", "two weeks before the signing", "a day after launching": an event placed by its
#: distance from a date.
_OFFSET = re.compile(r"\b(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                     r"(?P<unit>day|week|month|year)s?\s+(?P<side>after|before)\s+"
                     r"(?=the|its|their|his|her|\w+ing\b)\b", re.I)


@dataclass(frozen=True, slots=True)
class Offset:
    """"a year after" at characters ``[start, end)``: the event after it is ``num`` ``unit`` from the date the
    phrase stands by, before it (``side`` "after") or after it ("before")."""

    start: int
    end: int
    num: int
    unit: str
    side: str


def find_offsets(text: str, *, offset: int = 0) -> list[Offset]:
    """Distances to an event told after them: "signed on 3 May, a year after the launch of X".

    >>> [(o.num, o.unit, o.side) for o in find_offsets("on 3 May, two weeks before the launch")]
    [(2, 'week', 'before')]
    """
    if "after" not in text and "before" not in text:
        return []
    return [Offset(m.start() + offset, m.end() + offset, _NUMBERS.get(m["num"].lower()) or int(m["num"]),
                   m["unit"].lower(), m["side"].lower()) for m in _OFFSET.finditer(text)]


def offset_back(value: str, o: Offset) -> str | None:
    """The date of the event an offset places, from the day-precise ``value`` it stands by, as precise as the
    offset's unit: years give a year, months a month, weeks and days a day.

    >>> o = Offset(0, 0, 1, "year", "after")
    >>> offset_back("2024-05-03", o), offset_back("2024", o)
    ('2023', None)
    >>> offset_back("2024-05-03", Offset(0, 0, 2, "week", "before"))
    '2024-05-17'
    """
    if len(value) != 10:
        return None
    day, step = dt.date.fromisoformat(value), (-1 if o.side == "after" else 1) * o.num
    if o.unit == "year":
        return str(day.year + step)
    if o.unit == "month":
        y, m = divmod(day.year * 12 + day.month - 1 + step, 12)
        return f"{y:04d}-{m + 1:02d}"
    return (day + dt.timedelta(days=step * (7 if o.unit == "week" else 1))).isoformat()
