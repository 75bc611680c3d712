"""A name typed a research institute only by the "observatory" after it is an observatory in space when the text
launches it or puts instruments on board it: "astronomers used the Corvane observatory ... Corvane was launched
in 2023", "the Lumen spectrometer on board Corvane" (rules/grounded.py type:flown-observatory). One that opens
on the ground, or named with its own "Observatory", stays what it was. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text", [
    "Astronomers used the Corvane observatory to study the star. Corvane was launched in 2023 on an H3 rocket.",
    "Astronomers used the Corvane observatory. The detection was made by the Lumen spectrometer on board Corvane.",
    "Data from the Corvane observatory were used. JAXA launched Corvane in 2023.",
])
def test_a_launched_or_carrying_observatory_is_a_satellite(read, text):
    got = read(text)
    assert "Satellite" in classes_of(got, "Corvane"), (classes_of(got, "Corvane"), labels(got))


def test_its_instrument_is_part_of_it(read):
    got = triples(read("Astronomers used the Corvane observatory. The detection was made by the Lumen spectrometer "
                       "on board Corvane."))
    assert ("Lumen", "partOf", "Corvane") in got, got


@pytest.mark.parametrize("text, name", [
    ("Astronomers used the Corvane observatory in Chile. Corvane opened in 2023.", "Corvane"),
    ("Astronomers used the Corvane Observatory. The Lumen spectrometer on board Corvane was used.",
     "Corvane Observatory"),
])
def test_an_observatory_on_the_ground_stays(read, text, name):
    got = read(text)
    assert "Satellite" not in classes_of(got, name), (classes_of(got, name), labels(got))
