"""A sample taken from a site on another world ("from Halden Crater on Mars", "from the floor of Veyra Crater
on Mars") is a sample from that world (extract/worlds.py, read by dep:sample-source and frame:bring-back); a
site on Earth names no world. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _sources(x) -> set[str]:
    return {x.entities[r.object].label for r in x.relations if r.predicate == "sampleFrom"}


@pytest.mark.parametrize("text", [
    "The Osprey rover collected a rock sample from Halden Crater on Mars on 4 July.",
    "The Vireo rover collected a sample from the floor of Veyra Crater on Mars.",
])
def test_a_sample_from_a_site_on_mars_is_from_mars(read, text):
    assert _sources(read(text)) == {"Mars"}, _sources(read(text))


def test_a_sample_from_a_site_on_earth_is_from_no_world(read):
    x = read("The Osprey team collected a rock sample from the Atacama Desert on Earth on 4 July.")
    assert _sources(x) == set(), _sources(x)
