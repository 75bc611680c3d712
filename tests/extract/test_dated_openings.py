"""A site or a piece of equipment opened on a date, with no one said to open it, is an event where it is
(lexicon OPEN_VERBS, OPENED_THING_NOUNS; rules/openings.py frame:opened-on): "A new antenna was inaugurated on
4 November 2026 at the Cebreros ground station" made nothing, as the occurrence verb found no participant. Its
guests "in the presence of" take part. Undated, or of no site, it is no event. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def _events(got) -> list:
    return [e for e in got.entities.values() if "Event" in e.classes]


@pytest.mark.parametrize("text, where", [
    ("The Cebreros station was inaugurated on 4 November 2026.", "Cebreros"),
    ("A new antenna was inaugurated on 4 November 2026 at the Cebreros ground station in Spain.", "Cebreros"),
    ("The new Helion Control Centre in Darmstadt was opened on 4 May 2026.", "Helion Control Centre"),
    ("A new 13-metre dish was dedicated at the Kiruna station on 3 June 2026.", "Kiruna"),
])
def test_a_dated_opening_is_an_event_at_the_site(read, text, where):
    got = read(text)
    assert _events(got), labels(got)
    assert any(p == "locatedIn" and o == where and s not in (where,) for s, p, o in triples(got)), triples(got)


def test_guests_of_an_opening_take_part(read):
    got = triples(read("A new antenna was inaugurated on 4 November 2026 at the Cebreros ground station, in the "
                       "presence of ESA Director General Josef Aschbacher."))
    assert any(p == "participant" and o == "Josef Aschbacher" for s, p, o in got), got


@pytest.mark.parametrize("text", [
    "The market was opened to competitors in 2020.",
    "The Cebreros station was inaugurated.",  # no date: no news of an event
])
def test_no_opening_event_without_a_dated_site(read, text):
    got = read(text)
    assert not _events(got), labels(got)
