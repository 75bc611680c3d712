""""Launch" said of a programme, an initiative or a call means "start": no launch event, and what is started
is no spacecraft (lexicon STARTED_NOUNS, STARTED_SENSES; extract/nominal.py). A craft or mission launched
stays a launch. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("The Kestrel programme was launched in 2019.", "Kestrel"),
    ("The agency launched its Orbit Academy programme on 3 March 2025.", "Orbit Academy"),
    ("ESA launched the Space Skills initiative in Paris in 2024.", None),
    ("NASA launched a call for proposals for the Lyra mission on 4 May.", None),
])
def test_a_started_programme_is_no_launch(read, text, name):
    got = read(text)
    assert not any(c == "Launch" for e in got.entities.values() for c in e.classes), labels(got)
    if name is not None:
        assert "Spacecraft" not in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text", [
    "The Vela mission was launched in 2020 on an Ariane 6 rocket.",
    "ISRO launched the Kestrel satellite on 3 May 2025.",
    "The Lyra probe will be launched in 2028 from Kourou.",
])
def test_a_launched_craft_is_still_a_launch(read, text):
    got = read(text)
    assert any(c == "Launch" for e in got.entities.values() for c in e.classes), labels(got)


@pytest.mark.parametrize("text", [
    "It is part of the Space Skills initiative, which was launched in 2024.",
    "The Space Skills initiative, launched in 2024, supports internships.",
])
def test_a_programme_started_in_a_relative_or_participle_is_no_launch(read, text):
    got = read(text)
    assert not any(c == "Launch" for e in got.entities.values() for c in e.classes), labels(got)


def test_a_started_programme_is_no_event_of_its_own(read):
    got = read("It is part of the Kestrel initiative, which was launched in 2024 and supports internships.")
    assert not any(c in ("Event", "Launch") for e in got.entities.values() for c in e.classes), labels(got)


def test_a_dated_start_of_a_programme_is_no_event(read):
    got = read("The Kestrel programme was launched in 2019.")
    assert not any(c in ("Event", "Launch") for e in got.entities.values() for c in e.classes), labels(got)
