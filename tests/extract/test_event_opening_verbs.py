"""An event noun that begins (starts, opens, ends, concludes) somewhere or sometime is an event there and then:
"The hot-fire test campaign of the Vardena engine began at the Tollmark test centre in January 2026", "The launch
campaign started at the Brenna Spaceport on 4 April 2026" (rule dep:event-took-place, lexicon EVENT_COURSE_VERBS,
as "took place" is read). A school year that began is no event, and "continued" tells of no start. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _events(x):
    return [e for e in x.entities.values() if not e.named and e.classes & {"Event", "Campaign", "Conference",
                                                                            "Meeting", "Launch"}]


@pytest.mark.parametrize("text, site, date", [
    ("The hot-fire test campaign of the Vardena engine began at the Tollmark test centre in January 2026.",
     "Tollmark", "2026-01"),
    ("The launch campaign started at the Brenna Spaceport on 4 April 2026.", "Brenna Spaceport", "2026-04-04"),
])
def test_an_event_that_begins_somewhere_is_an_event_there(read, text, site, date):
    x = read(text)
    [ev] = _events(x)
    assert (ev.label, "locatedIn", site) in triples(x), triples(x)
    assert {d.value for d in x.dates if d.subject == ev.key} == {date}, x.dates


@pytest.mark.parametrize("text", [
    "The school year began in September 2026.",
    "The test campaign continued at the Tollmark test centre in May 2026.",
])
def test_no_event_of_a_project_or_a_continuation(read, text):
    assert not _events(read(text)), [e.label for e in _events(read(text))]


@pytest.mark.parametrize("text, site, date", [
    ("The test was conducted at the Tollmark test centre in May 2026.", "Tollmark", "2026-05"),
    ("The qualification of the Zephra-1 upper stage was completed at the Tollmark test centre in March 2026.",
     "Tollmark", "2026-03"),
])
def test_an_event_carried_out_somewhere_is_an_event_there(read, text, site, date):
    x = read(text)
    [ev] = _events(x)
    assert (ev.label, "locatedIn", site) in triples(x), triples(x)
    assert {d.value for d in x.dates if d.subject == ev.key} == {date}, x.dates


def test_a_maker_completing_a_qualification_takes_part(read):
    x = read("Orvane Propulsion completed the qualification of the Vardena engine at the Tollmark test centre in "
             "March 2026.")
    [ev] = _events(x)
    got = triples(x)
    assert (ev.label, "participant", "Orvane Propulsion") in got and (ev.label, "locatedIn", "Tollmark") in got, got


def test_a_building_completed_is_no_event(read):
    assert not _events(read("The new office building was completed in March 2026.")), "building"
