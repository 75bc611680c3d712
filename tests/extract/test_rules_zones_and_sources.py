"""Time zones are no places; samples "collected from" a part of a body are from the body: on sentences written
for the rules."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, zone", [
    ("The capsule landed in Inner Mongolia at 14:22 Beijing time on 29 November 2025.", "Beijing"),
    ("The Soyuz crew landed in Kazakhstan at 09:10 Moscow time on 4 April 2024.", "Moscow"),
])
def test_rules_a_time_zone_is_no_place(read, text, zone):
    x = read(text)
    assert zone not in labels(x), triples(x)
    assert not any(o == zone for _, _, o in triples(x)), triples(x)


def test_rules_a_city_before_other_words_stays_a_place(read):
    assert "Tokyo" in labels(read("ESA and JAXA met in Tokyo for the first time."))


@pytest.mark.parametrize("text, body", [
    ("Samples collected from the far side of the Moon arrived in Beijing.", "Moon"),
    ("Samples returned from Mars will be studied in Houston.", "Mars"),
    ("The team studied samples collected from the surface of Ryugu.", "Ryugu"),
])
def test_rules_samples_from_a_body_told_through_a_participle(read, text, body):
    facts = triples(read(text))
    assert any(p == "sampleFrom" and o == body for _, p, o in facts), facts
