"""A description set beside a name written with its class noun ("the Firewatch-1 satellite, a small satellite built
by Ignis Orbital") is that name's apposition, as it is beside a bare name ("Firewatch-1, a small satellite ..."):
context.apposed reads the name in the phrase before the comma. A description of another kind is not the name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text", [
    "Thermal data came from the Firewatch-1 satellite, a small satellite built by the Spanish start-up Ignis Orbital.",
    "The Firewatch-1 satellite, a small satellite built by Ignis Orbital, was launched in June 2025.",
])
def test_the_described_satellite_is_the_named_one(read, text):
    got = read(text)
    assert ("Firewatch-1", "providedBy", "Ignis Orbital") in triples(got), sorted(triples(got))
    assert "small satellite [t]" not in labels(got), sorted(labels(got))


def test_a_description_of_another_kind_is_not_the_name(read):
    got = triples(read("Data came from the Firewatch-1 satellite, a camera built by Orbica."))
    assert ("Firewatch-1", "providedBy", "Orbica") not in got, sorted(got)
