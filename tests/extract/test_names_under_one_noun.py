"""Names coordinated under one noun of their kind are each what the phrase tells of: "the Lumo-1 and Lumo-2
satellites, built by Orbix" were both built by Orbix, whether the names hang on the noun as compounds or, as the
tagger reads numbered names, as numbers (context.refs; rules/actions.py supply reads a participle's own noun
phrase with its names). A participle still tells of its own noun only, not of the next item of a list.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, names", [
    ("The Lumo-1 and Lumo-2 satellites, built by Orbix, are ready.", ["Lumo-1", "Lumo-2"]),
    ("The Aeris-1 and Aeris-2 satellites, built by Orbix, are ready.", ["Aeris-1", "Aeris-2"]),
    ("The Lumo-1 and Lumo-2 Earth observation satellites were built by Orbix.", ["Lumo-1", "Lumo-2"]),
    ("Orbix built the Vela-3 and Vela-4 satellites.", ["Vela-3", "Vela-4"]),
])
def test_each_name_under_the_noun_was_built(read, text, names):
    got = triples(read(text))
    for name in names:
        assert (name, "providedBy", "Orbix") in got, sorted(got)


def test_a_participle_tells_of_its_own_noun_only(read):
    got = triples(read("The Halcyon camera, built by Orbix, and a radar from the Orla Institute were installed."))
    assert ("Halcyon camera [t]", "providedBy", "Orbix") in got or ("Halcyon", "providedBy", "Orbix") in got, \
        sorted(got)
    assert not [x for x in got if x[0].startswith("radar") and x[2] == "Orbix"], sorted(got)
