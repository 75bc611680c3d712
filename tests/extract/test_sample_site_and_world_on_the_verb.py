"""A sample taken "from" a site, with the site's world hung on the verb ("collected its 30th rock sample from the rim
of Jezero Crater on Mars"), is a sample from that world (rules/actions.py, dep:sample-source; session 36).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, world", [
    ("NASA's Perseverance rover has collected its 30th rock sample from the rim of Jezero Crater on Mars.", "Mars"),
    ("The Kestrel rover drilled a core sample from the floor of Halden Basin on the Moon.", "Moon"),
])
def test_a_sample_from_a_site_on_a_world(read, text, world):
    got = triples(read(text))
    assert any(p == "sampleFrom" and o == world for _, p, o in got), got


def test_a_site_on_earth_is_no_sample_world(read):
    got = triples(read("The team collected a rock sample from the rim of the Ries crater on Earth."))
    assert not any(p == "sampleFrom" and o == "Earth" for _, p, o in got), got
