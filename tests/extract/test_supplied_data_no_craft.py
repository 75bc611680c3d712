"""Supplying what a craft sends down ("data", "images": lexicon SENT_DOWN_NOUNS) supplies no craft: "JAXA will
provide ALOS-2 images to the Charter" does not make JAXA the provider of ALOS-2. Supplying an instrument still
does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "JAXA will provide the ALOS-2 satellite data to the Charter.",
    "JAXA will provide ALOS-2 images to the Charter.",
])
def test_supplying_a_crafts_data_provides_no_craft(read, text):
    got = triples(read(text))
    assert not any(p == "providedBy" for s, p, o in got), sorted(got)


def test_supplying_an_instrument_provides_it(read):
    got = triples(read("CNES provided the Orto radiometer and its data processing software."))
    assert ("Orto", "providedBy", "CNES") in got, sorted(got)
