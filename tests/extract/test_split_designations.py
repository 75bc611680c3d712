"""A craft's designation of a word, a hyphen and a short capital code ("Tessaro-B", "Kelva-SG"), which the
tokenizer splits in three, is one name at a sentence's start too, and takes part in the sentence's
relations; a capitalized prefix before a hyphen ("Non-EU") makes no name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("Tessaro-B will be launched in 2027.", "Tessaro-B"),
    ("Kelva-SG will be launched on a Vega-C rocket in 2027.", "Kelva-SG"),
    ("Tessaro-A was launched on 4 March 2026 on a Vega-C rocket.", "Tessaro-A"),
])
def test_a_split_designation_opening_a_sentence_is_a_craft(read, text, name):
    got = read(text)
    assert {"Spacecraft", "Satellite"} & classes_of(got, name), sorted(labels(got))


@pytest.mark.parametrize("text, craft, part", [
    ("Tessaro-A carries the Carbonis spectrometer.", "Tessaro-A", "Carbonis"),
    ("Kelva-SG carries the Fenn altimeter and the Orto radiometer.", "Kelva-SG", "Orto"),
])
def test_a_split_designation_carries_its_instrument(read, text, craft, part):
    assert (part, "partOf", craft) in triples(read(text))


def test_a_split_designation_takes_its_launcher(read):
    got = triples(read("Tessaro-A was launched on 4 March 2026 on a Vega-C rocket."))
    assert ("Tessaro-A", "launchVehicle", "Vega-C") in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Non-EU members of the agency will join the programme in 2027.",
    "Pan-EU funding will support the Kelva satellites.",
])
def test_a_prefix_before_a_hyphen_makes_no_name(read, text):
    got = labels(read(text))
    assert not any(w in label for label in got for w in ("Non", "Pan-")), sorted(got)
