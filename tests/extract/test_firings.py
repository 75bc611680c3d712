"""A launcher's engine or stage fired or tested somewhere or sometime is a test event ("The Vardena engine was
fired for 620 seconds at the Tollmark test centre in Germany on 12 March 2026", "The Orvane company test-fired
the Vardena engine at ...", "The Vardena engine completed a hot-fire test at ... on 12 March 2026"): placed where
the clause says, dated, and whoever fires it takes part (lexicon FIRE_VERBS, LAUNCHER_PART_NOUNS; rules
frame:firing, frame:part-completes-test). Firing a person, or an engine test with neither place nor date, is no
such event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _events(x):
    return [e for e in x.entities.values() if e.classes & {"Event", "Campaign"}]


def _dates(x, ev):
    return {d.value for d in x.dates if d.subject == ev.key}


@pytest.mark.parametrize("text, who", [
    ("The Vardena engine was fired for 620 seconds at the Tollmark test centre in Germany on 12 March 2026.", None),
    ("The Orvane company test-fired the Vardena engine at the Tollmark test centre on 12 March 2026.", "Orvane"),
    ("The Vardena engine completed a hot-fire test at the Tollmark test centre on 12 March 2026.", None),
])
def test_a_fired_engine_is_a_placed_and_dated_test(read, text, who):
    x = read(text)
    [ev] = _events(x)
    got = triples(x)
    assert (ev.label, "locatedIn", "Tollmark") in got, got
    assert _dates(x, ev) == {"2026-03-12"}, x.dates
    if who:
        assert (ev.label, "participant", who) in got, got


@pytest.mark.parametrize("text", [
    "The Orvane company fired its chief engineer in May 2026.",
    "The Vardena engine will be tested again.",
])
def test_no_firing_event_without_an_engine_place_or_date(read, text):
    assert not _events(read(text)), [e.label for e in _events(read(text))]
