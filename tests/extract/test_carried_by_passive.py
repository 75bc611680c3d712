"""What is carried by a craft is part of it, in the passive as in the active ("The Orto radiometer is carried by
the Varda-1 satellite"), and an unknown one-word name that carries a thing is a craft (lexicon PASSIVE_AGENTS). A
rocket carrying a thing into orbit takes no part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The Orto radiometer is carried by the Varda-1 satellite.",
    "The Orto radiometer, carried by Varda-1, measures soil moisture.",
])
def test_what_a_craft_carries_is_part_of_it(read, text):
    got = triples(read(text))
    assert ("Orto", "partOf", "Varda-1") in got, sorted(got)


def test_a_rocket_carrying_a_thing_into_orbit_has_no_part(read):
    got = triples(read("The Orto radiometer was carried into orbit by a Vega-C rocket."))
    assert not any(p == "partOf" for s, p, o in got), sorted(got)
