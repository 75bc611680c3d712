"""A body named through a part of it ("samples from the far side of the Moon": referents.bodies_in,
BODY_PART_NOUNS), and a region named after a country ("Inner Mongolia": COMPASS_WORDS). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, body", [
    ("The Chang'e-6 probe brought back samples from the far side of the Moon in 2024.", "Moon"),
    ("The Tamarind capsule returned 120 grams of material from the south pole of Mars in 2031.", "Mars"),
    ("The Vela probe collected samples from the surface of asteroid Apophis in 2029.", "Apophis"),
])
def test_samples_from_a_part_of_a_body(read, text, body):
    got = read(text)
    ents = got.entities
    assert any(r.predicate == "sampleFrom" and ents[r.object].label == body for r in got.relations), triples(got)


def test_a_region_named_after_a_country_is_not_the_country(read):
    got = read("The capsule landed in Inner Mongolia on 25 June 2024.")
    assert "Mongolia" not in labels(got), labels(got)
