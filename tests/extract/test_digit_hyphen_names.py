""""CAS500-4", "KOMPSAT5-2": a designation whose code ends in a digit before its hyphen is one name with its number
(nlp.DIGIT_HYPHEN_NAME keeps it one word; the tokenizer's arithmetic rule split it, and the name lost its number).
Dates and ranges written with hyphens are split as before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name", [
    ("KASA operates the CAS500-4 satellite.", "CAS500-4"),
    ("KASA will share data from its CAS500-4 agricultural satellite with Geoscience Australia.", "CAS500-4"),
    ("KOMPSAT5-2 was launched in 2025.", "KOMPSAT5-2"),
])
def test_a_designation_ending_in_a_digit_keeps_its_number(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)
    assert name[:-2] not in labels(got), labels(got)


def test_hyphenated_dates_and_ranges_are_still_split(nlp):
    from presskg.nlp import parse

    words = [t.text for t in next(parse(["It flew on 2021-02-25 and in Q3-2027, from 3-4 May."], nlp=nlp)).tokens]
    assert "2021-02-25" not in words and "Q3-2027" not in words and "3-4" not in words, words


def test_the_designation_is_operated_by_its_owner(read):
    got = triples(read("KASA operates the CAS500-4 satellite."))
    assert ("CAS500-4", "operatedBy", "KASA") in got, got
