"""An unknown name that orders or books a satellite or a launch, opens a factory, tests an engine or a stage, or
acquires a company or a stake is a body of the space industry (lexicon TRANSITIVE_SUBJECTS, read by
doing.role_class for a name nothing else types), and so is kept as an entity and takes part in what its verb
tells. A name that fires its engine may be a craft: no such typing; an order of anything else types nothing.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Nordsat ordered the Kelpra-3 satellite from Astrelis Systems.", "Nordsat"),
    ("Velmar has booked a dedicated launch for its Ferox-1 satellite in 2028.", "Velmar"),
    ("Torvane opened a new factory in Bremerholt on 4 May 2026.", "Torvane"),
    ("Orbix tested the upper stage of the Caldera rocket in June.", "Orbix"),
    ("Nordsat has acquired a 20% stake in Velmar.", "Nordsat"),
])
def test_an_industry_verb_makes_its_subject_a_body(read, text, name):
    got = read(text)
    assert classes_of(got, name) & {"Organization", "Company"}, classes_of(got, name)


@pytest.mark.parametrize("text, triple", [
    ("Velmar has booked a dedicated launch for its Ferox-1 satellite in 2028.", ("Ferox-1", "operatedBy", "Velmar")),
])
def test_the_typed_body_gets_its_relations(read, text, triple):
    assert triple in triples(read(text))


def test_the_opener_of_a_factory_takes_part_in_the_opening(read):
    got = triples(read("Torvane opened a new factory in Bremerholt on 4 May 2026."))
    assert any(p == "participant" and o == "Torvane" for _, p, o in got), got


@pytest.mark.parametrize("text, name", [
    ("Kestrel-2 fired its engine for 30 seconds on 4 May 2020.", "Kestrel-2"),
    ("Halvor ordered a coffee.", "Halvor"),
])
def test_no_industry_verb_no_body(read, text, name):
    got = read(text)
    assert not classes_of(got, name) & {"Organization", "Company"}, classes_of(got, name)
