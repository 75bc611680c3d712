"""A dateline ended by a colon dates what the lead reports ("Sriharikota, January 12, 2026: The PSLV rocket placed
the Orla-9 satellite into orbit ...": datelines.dateline_dash, nlp.sentence_starts); a capitalized class phrase
before a designation is no part of the name ("the Earth Observation Satellite EOS-09": head_nouns
.class_phrase_before). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import classes_of, labels, triples

_DAY = dt.date(2026, 1, 13)


def _launch_dates(ext):
    return {d.value for d in ext.dates if "Launch" in ext.entities[d.subject].classes}


def test_a_colon_dateline_dates_the_lead(read):
    ext = read("Veldhaven, January 12, 2026: The Zephra rocket placed the Orla-9 satellite into orbit after lifting "
               "off from the Veldhaven spaceport at 10:17 local time.", date=_DAY)
    assert _launch_dates(ext) == {"2026-01-12"}, sorted(triples(ext))
    assert any(p == "participant" and o == "Orla-9" for s, p, o in triples(ext)), sorted(triples(ext))


def test_a_colon_after_no_date_is_no_dateline(read):
    ext = read("The mission has two goals: the Zephra rocket will lift off from Veldhaven and place the Orla-9 "
               "satellite into orbit.", date=_DAY)
    assert not _launch_dates(ext), ext.dates


@pytest.mark.parametrize("text, name, cls", [
    ("The Zephra rocket placed the Earth Observation Satellite OBS-09 into orbit.", "OBS-09", "Satellite"),
    ("The Korvan Multi-Purpose Satellite KOMP-7A was launched in 2025.", "KOMP-7A", "Satellite"),
    ("India's launcher, in its sixty-second flight, placed the Earth Observation Satellite OBS-09 and 18 "
     "co-passenger satellites into a sun-synchronous polar orbit.", "OBS-09", "Satellite"),
])
def test_a_class_phrase_before_a_designation(read, text, name, cls):
    ext = read(text)
    assert name in labels(ext) and cls in classes_of(ext, name), sorted(labels(ext))
    assert not any(label.endswith(name) and label != name or "Observation Satellite" in label
                   for label in labels(ext)), sorted(labels(ext))


def test_a_name_that_ends_without_a_designation_stays_whole(read):
    ext = read("The Korvan Land Observing Satellite was launched in 2014.")
    assert "Korvan Land Observing Satellite" in labels(ext), sorted(labels(ext))
