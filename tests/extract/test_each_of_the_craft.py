""""Each of the Tessaly satellites carries a radar", "One of the Tessaly satellites carries a radar", "Each satellite
carries a radar" after the satellites were told of: the radar is part of those satellites (referents.things reads a
partitive "each"/"one" as its "of" noun; Context.definite takes "each" as taking back). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _parts(got):
    return {(s.split(" [")[0], o) for s, p, o in triples(got) if p == "partOf"}


@pytest.mark.parametrize("text", [
    "Each of the Tessaly satellites carries a radar built by Hensoldt.",
    "One of the Tessaly satellites carries a radar built by Hensoldt.",
    "ESA ordered four Tessaly satellites from Airbus. Each satellite carries a radar supplied by Hensoldt.",
    "The Velorian agency operates the Corvane satellites. Each of the Corvane satellites will carry a thermal camera "
    "built by Telvia.",
])
def test_each_of_the_satellites_carries_its_part(read, text):
    parts = _parts(read(text))
    assert any(whole in ("Tessaly", "Corvane") for _, whole in parts), parts


def test_each_with_nothing_told_of_takes_nothing_back(read):
    assert not _parts(read("Each satellite carries a radar supplied by Hensoldt."))
