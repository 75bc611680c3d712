"""A name a naming participle gives a noun of another kind than the knowledge base's entry of that name is a
new thing of the noun's kind ("her mission, named Epsilon" is no Epsilon rocket: mentions.find_candidates,
names.named_class). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _classes(got, name: str) -> set[str]:
    return {c for e in got.entities.values() if e.label == name for c in e.classes}


@pytest.mark.parametrize("text, name", [
    ("Her six-month mission, named Epsilon, will start in May.", "Epsilon"),
    ("ESA's new mission, called Vega, will study the sun.", "Vega"),
])
def test_a_named_mission_is_no_rocket_of_that_name(read, text, name):
    got = read(text)
    assert "Mission" in _classes(got, name) and "LaunchVehicle" not in _classes(got, name), sorted(triples(got))


@pytest.mark.parametrize("text, name, cls", [
    ("A new launcher, called Vega, was unveiled.", "Vega", "LaunchVehicle"),
    ("The probe, named Hayabusa2, returned samples.", "Hayabusa2", "Probe"),
])
def test_a_name_of_the_same_kind_keeps_its_knowledge_base_entry(read, text, name, cls):
    got = read(text)
    assert cls in _classes(got, name) and any(e.kb is not None for e in got.entities.values() if e.label == name)
