"""A named instrument a copula sets beside a craft's instrument noun is part of that craft
(rules/instrument_predicates.py): "The Ardo sounder is one of three instruments on Kelva-3", "The main instrument
of the Kelva-3 satellite is the Ardo sounder". An instrument said to be like another's, or a non-copular verb,
makes no part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Ardo sounder is one of three instruments on Kelva-3.",
    "The Ardo sounder is an instrument on the Kelva-3 satellite.",
    "The main instrument of the Kelva-3 satellite is the Ardo sounder.",
    "Kelva-3's main instrument is the Ardo sounder, provided by CNES.",
])
def test_the_named_instrument_is_part_of_the_craft(read, text):
    got = triples(read(text))
    assert ("Ardo", "partOf", "Kelva-3") in got, sorted(got)


def test_an_instrument_compared_to_anothers_is_no_part(read):
    got = triples(read("The Ardo sounder resembles an instrument on the Kelva-3 satellite."))
    assert ("Ardo", "partOf", "Kelva-3") not in got, sorted(got)
