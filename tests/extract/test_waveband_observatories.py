"""An observatory of a waveband the atmosphere blocks, or one said to orbit, is a craft: "the Corvane X-ray
observatory", "the Sela infrared observatory", "an orbiting observatory" (lexicon HEAD_CLASSES), and the band
written after a name is no word of it (lexicon WAVEBAND_WORDS, candidates.without_waveband_tails). An
observatory on the ground stays a research site. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("JAXA's Corvane X-ray observatory was launched in 2023.", "Corvane"),
    ("The Sela infrared observatory will be launched in 2027.", "Sela"),
    ("The Corvane gamma-ray observatory observed the Crab Nebula.", "Corvane"),
    ("The Tarn ultraviolet observatory carries two cameras.", "Tarn"),
])
def test_a_waveband_observatory_is_a_craft(read, text, name):
    got = read(text)
    assert "Satellite" in classes_of(got, name), (classes_of(got, name), labels(got))


@pytest.mark.parametrize("text, name", [
    ("JAXA's Corvane X-ray observatory was launched in 2023.", "Corvane"),
    ("The Lumen X-ray telescope observed the galaxy NGC 1300.", "Lumen"),
])
def test_the_band_is_no_word_of_the_name(read, text, name):
    got = read(text)
    assert name in labels(got) and not any("ray" in x for x in labels(got)), labels(got)


def test_a_launched_waveband_observatory_takes_part_in_its_launch(read):
    got = read("JAXA's Corvane X-ray observatory was launched in 2023.")
    assert ("Corvane", "operatedBy", "JAXA") in triples(got), triples(got)
    assert any(p == "participant" and o == "Corvane" for _, p, o in triples(got)), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The Corvane Observatory in Chile hosts a new telescope.", "Corvane Observatory"),
    ("She is an astronomer at the Kelmar Astronomical Observatory.", "Kelmar Astronomical Observatory"),
])
def test_an_observatory_on_the_ground_is_no_craft(read, text, name):
    got = read(text)
    assert not classes_of(got, name) & {"Satellite", "Spacecraft"}, (classes_of(got, name), labels(got))
