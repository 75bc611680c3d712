"""An unknown name right after a lowercase class noun of a celestial body is such a body, whatever the parse
(names.body_class_before), on sentences written for these tests."""

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, name, cls", [
    ("The Pika probe will study asteroid Pelion.", "Pelion", "Asteroid"),
    ("The Pika probe will orbit asteroid Pelion for two years.", "Pelion", "Asteroid"),
    ("Engineers want to image comet Tarsis next year.", "Tarsis", "Comet"),
])
def test_body_class_before_types_the_name(read, text, name, cls):
    x = read(text)
    ents = {e.label: e.classes for e in x.entities.values()}
    assert name in ents and cls in ents[name]


def test_body_class_before_gives_the_study_target(read):
    assert ("Pika", "target", "Pelion") in triples(read("The Pika probe will study asteroid Pelion."))


def test_body_class_before_only_for_bodies(read):
    x = read("The team will test hardware Kestrel next year.")
    assert not any("Asteroid" in e.classes or "Comet" in e.classes for e in x.entities.values())
