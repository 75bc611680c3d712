"""A date the parser hangs on a destination's name dates the going (dated_words.attachment): a named place or
craft one goes "to" has no date of its own. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

_DAY = dt.date(2026, 3, 14)


def test_delivered_to_a_station_in_a_year(read):
    got = read("The Orsarm3 robotic arm will be built by MDA. Orsarm3 is to be delivered to the Gateway in 2026.",
               date=_DAY)
    dated = {d.subject for d in got.dates if d.value == "2026"}
    assert dated and all(not got.entities[k].named for k in dated), [(d.subject, d.value) for d in got.dates]
