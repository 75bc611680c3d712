"""A listed item written as a name and its class noun is the named thing: "carries two instruments: the Corax
spectrometer and the Halcyon camera", "six instruments, including the Corax spectrometer and the Halcyon camera"
(rules/payloads.py _listed_items, groups.listed_members): Corax and Halcyon are part of the craft, and no second,
described "Corax spectrometer of Vela" is made. An unnamed item is still described. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text", [
    "The Vela spacecraft carries six instruments, including the Corax spectrometer and the Halcyon camera.",
    "The Vela probe carries two instruments: the Corax spectrometer and the Halcyon camera.",
    "The Vela probe carries two instruments: the Corax spectrometer, built by OHB, and the Halcyon camera.",
])
def test_listed_named_instruments_are_part_of_the_craft(read, text):
    got = read(text)
    found = triples(got)
    assert ("Corax", "partOf", "Vela") in found and ("Halcyon", "partOf", "Vela") in found, found
    assert not any("of Vela [t]" in x for x in labels(got)), labels(got)


def test_an_unnamed_item_is_still_described(read):
    got = triples(read("The Vela probe carries two instruments: a spectrometer and a camera."))
    assert ("spectrometer of Vela [t]", "partOf", "Vela") in got, got
