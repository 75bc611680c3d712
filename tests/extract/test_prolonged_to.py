""""ESA has extended the Velan mission to 2031": after a verb of prolonging (lexicon PROLONG_VERBS), "to" or "into" a
date ends the span, as "until" does: it dates nothing the clause tells (tense.span_end). A date of the deed itself
still dates it, and "to" after other verbs is no span. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _dates(got):
    return {d.value for d in got.dates}


@pytest.mark.parametrize("text", [
    "ESA has extended the Velan mission to 2031.",
    "Operations of the Velan mission were prolonged into 2030.",
])
def test_the_end_of_a_span_dates_nothing(read, text):
    assert not _dates(read(text))


def test_the_deed_s_own_date_still_dates_it(read):
    assert _dates(read("ESA extended the Velan mission on 3 March 2021.")) == {"2021-03-03"}
