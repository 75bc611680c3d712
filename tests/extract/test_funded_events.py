"""Who funds or co-funds an event contributes to it, as who funds a mission does (rules/actions.py frame:supply
with a FUND_VERBS verb): "The CubeSat Challenge is co-funded by the Kestrian Ministry of Education and Research"
gave nothing. Who takes part in an event it funds nothing of ("sponsor students at the festival"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, funder, event", [
    ("The CubeSat Challenge is co-funded by the Kestrian Ministry of Education and Research.",
     "Kestrian Ministry of Education and Research", "CubeSat Challenge"),
    ("The Kestrian Space Agency will fund the Young Engineers Days.", "Kestrian Space Agency",
     "Young Engineers Days"),
])
def test_who_funds_an_event_contributes_to_it(read, text, funder, event):
    got = triples(read(text))
    assert (funder, "contributesTo", event) in got, got


def test_who_funds_people_at_an_event_contributes_nothing_to_it(read):
    got = triples(read("ESA will sponsor students at the Lorvik Science Festival."))
    assert not any(p == "contributesTo" for _, p, _ in got), got
