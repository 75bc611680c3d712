"""A mission or craft whose written name holds one country or its adjective has that country ("the Indian Lunar
Polar Explorer", "the Emirates Asteroid Explorer": rules/nationalities.names_with_countries, knowledge base demonym
"Emirates"); instruments and launchers take none, and two countries name none. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


@pytest.mark.parametrize("text, craft, country", [
    ("The Indian Lunar Polar Explorer will land near the south pole in 2028.", "Indian Lunar Polar Explorer", "India"),
    ("The Emirates Asteroid Explorer will be launched in 2028.", "Emirates Asteroid Explorer", "United Arab Emirates"),
    ("The Canadian Lunar Rover Mission will explore the Moon from 2029.", "Canadian Lunar Rover Mission", "Canada"),
])
def test_a_craft_named_with_its_country(read, text, craft, country):
    got = triples(read(text, date=_DAY))
    assert (craft, "country", country) in got, got


def test_an_instrument_named_with_a_country_takes_none(read):
    got = triples(read("The probe carries the Italian Radar Sounder built by Thales Alenia Space.", date=_DAY))
    assert not any(p == "country" and s.startswith("Italian") for s, p, o in got), got


def test_two_countries_in_a_name_make_none(read):
    got = triples(read("The Japan-France Ocean Mission will be launched in 2029.", date=_DAY))
    assert not any(p == "country" and "Mission" in s for s, p, o in got), got
