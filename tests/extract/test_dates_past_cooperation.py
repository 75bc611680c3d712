"""A date the parser hung on a cooperation noun in a verb's phrase ("concluded an arrangement concerning cooperation
on the X mission on 7 March") dates the verb's deed, the agreement concluded (dated_words.attachment, lexicon
COOPERATION_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, dated, value", [
    ("The Japan Aerospace Exploration Agency (JAXA) and the Indian Space Research Organisation (ISRO) concluded an "
     "Implementing Arrangement concerning cooperation on the Lunar Polar Exploration (LUPEX) mission on 7 March.",
     "Implementing Arrangement", "2020-03-07"),  # (past tense: the last 7 March before the release of 25 Feb 2021)
    ("The two agencies signed a memorandum regarding collaboration on the Tessaly (TSL) mission on 9 June.",
     "memorandum", "2020-06-09"),
])
def test_the_date_is_the_deeds(read, text, dated, value):
    ex = read(text)
    dates = {(ex.entities[d.subject].label.split(" (")[0].split(" [")[0], d.value) for d in ex.dates}
    assert (dated, value) in dates, dates
