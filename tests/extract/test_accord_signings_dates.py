"""An accord signed at several signings ("Portugal signed the Tycho Accords on 2 March 2026 ... Chile and Kenya
signed the accords in January") does not pass one signing's date to the other through the accord; a single
signing and its agreement still share theirs. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from presskg.vocab import Class as C

DAY = dt.date(2026, 3, 3)


def _signing_dates(got) -> list[set[str]]:
    return [{d.value for d in got.dates if d.subject == k} for k, e in got.entities.items()
            if C.Meeting in e.classes]


def test_each_signing_keeps_its_own_date(read):
    got = read("Minister Marta Valdeira signed the Tycho Accords on 2 March 2026 in Washington. Chile and Kenya "
               "signed the accords in January 2026 in Nairobi.", date=DAY)
    dates = _signing_dates(got)
    assert {"2026-03-02"} in dates and {"2026-01"} in dates, dates


def test_one_signing_shares_its_agreements_date(read):
    got = read("ESA and JAXA signed an agreement on the Vela mission on 2 March 2026. The signing took place "
               "in Tokyo.", date=DAY)
    assert ["2026-03-02"] == sorted(v for s in _signing_dates(got) for v in s), got.dates
