"""dates:signed-later on sentences written for it: an agreement told in one sentence, its signing dated
in another."""

from __future__ import annotations

import datetime as dt

import pytest

LEAD = "ESA and the Vela Space Agency signed an agreement on the Zephyr mission. "


def _agreement_dates(result) -> list[set[str]]:
    deals = sorted((e for e in result.entities.values() if "Agreement" in e.classes),
                   key=lambda e: e.mentions[0].start if e.mentions else 0)
    return [{d.value for d in result.dates if d.subject == e.key} for e in deals]


@pytest.mark.parametrize("second, value", [
    ("The document was signed on 3 May in Paris.", "2024-05-03"),
    ("It was signed on 3 May in Paris by the two heads.", "2024-05-03"),
    ("The signing took place on 3 May in Paris.", "2024-05-03"),
    ("The text was concluded in Rome on Monday.", "2024-05-27"),
])
def test_rules_signing_dates_wordings(read, second, value):
    result = read(LEAD + second, date=dt.date(2024, 6, 1))
    dates = _agreement_dates(result)
    assert dates and value in dates[0], (dates, result.dates)


def test_rules_signing_dates_a_new_agreement_is_not_the_old_one(read):
    """"A second agreement was signed on 3 May": that one is dated, the first is not."""
    result = read(LEAD + "A second agreement was signed on 3 May in Paris.", date=dt.date(2024, 6, 1))
    dates = _agreement_dates(result)
    assert dates[0] == set() and "2024-05-03" in dates[-1], dates


def test_rules_signing_dates_keeps_a_dated_agreement(read):
    """The agreement told before has its own date: a later signing sentence does not add another."""
    result = read("ESA and the Vela Space Agency signed an agreement on the Zephyr mission in 2019. "
                  "The document was signed on 3 May in Paris.", date=dt.date(2024, 6, 1))
    assert "2024-05-03" not in set().union(*_agreement_dates(result)), result.dates


def test_rules_signing_dates_reaches_only_recent_sentences(read):
    """An agreement told four sentences back is not what "it was signed" speaks of."""
    text = (LEAD + "The Zephyr probe will study Mars. The Zephyr probe carries a camera. "
            "The camera was built in Italy. It was signed on 3 May.")
    assert _agreement_dates(read(text, date=dt.date(2024, 6, 1))) == [set()]
